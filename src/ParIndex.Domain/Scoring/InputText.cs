using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// Reads a leaf's input as people type it in a worksheet or a CSV cell: <c>NA</c>; pass/fail (also đạt/không đạt,
/// yes/no, 1/0); an option key; a ratio as <c>0.93</c>, <c>93%</c> or <c>45/50</c>; a whole count; points.
/// Every number is read by <see cref="DecimalText"/>: the vi-VN comma or the dot as the decimal mark ("0,93",
/// "93,5%", "1.3"), no thousands separators.
/// </summary>
public static class InputText
{
    public const string NotApplicable = "NA";

    /// <summary>Reads an input for a rule: an options rule also takes an option's label, stored as its key.</summary>
    public static (LeafInput Input, Message? Error) Parse(string? text, ScoringRule rule) => Parse(text, rule.Accepts, rule as OptionsRule);

    /// <summary>Reads an input of the kind a rule accepts (what a page knows of a rule it only shows).</summary>
    public static (LeafInput Input, Message? Error) Parse(string? text, InputKind accepts) => Parse(text, accepts, null);

    private static (LeafInput Input, Message? Error) Parse(string? text, InputKind accepts, OptionsRule? options)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0) return (LeafInput.Missing, null);
        if (t.Equals(NotApplicable, StringComparison.OrdinalIgnoreCase) || t.Equals("N/A", StringComparison.OrdinalIgnoreCase))
            return (LeafInput.NotApplicable, null);
        return accepts switch
        {
            InputKind.PassFail => ParsePassFail(t),
            InputKind.Option => (LeafInput.Option(options?.Match(t) is { } option ? option.Key : t), null),
            InputKind.Ratio => ParseRatio(t),
            InputKind.Count => ParseCount(t),
            _ => DecimalText.Read(t) switch
            {
                (var points, null) => (LeafInput.Points(points), null),
                (_, { } error) when DecimalText.Grouped(t) => Fail(error),
                _ => Fail(InputMessages.NotPoints(t)),
            },
        };
    }

    /// <summary>
    /// Parses an input and checks that the rule can score it on a leaf worth <paramref name="max"/>. When
    /// <paramref name="required"/>, an empty input is an error too.
    /// </summary>
    public static (LeafInput Input, Message? Error) ParseFor(string? text, ScoringRule rule, decimal max, bool required)
    {
        var (input, error) = Parse(text, rule);
        error ??= required && input.Kind == InputKind.Missing ? InputMessages.Empty() : rule.Reject(input, max);
        return (input, error);
    }

    /// <summary>Writes an input back in the form <see cref="Parse"/> reads, for worksheets and round trips.</summary>
    public static string Format(LeafInput input) => input.Kind switch
    {
        InputKind.Missing => "",
        InputKind.NotApplicable => NotApplicable,
        InputKind.PassFail => input.Passed ? "pass" : "fail",
        InputKind.Option => input.Key ?? "",
        InputKind.Ratio when input is { Numerator: { } n, Denominator: { } d } => $"{Invariant(n)}/{Invariant(d)}",
        _ => Invariant(input.Value),
    };

    /// <summary>
    /// The figure a numeric input was read as, written for the reader (vi-VN "1,3" and "85%", or English "1.3"), so a
    /// page can say "đã hiểu là 1,3" beside the box; null for a choice, pass/fail, NA or nothing.
    /// </summary>
    public static string? Understood(LeafInput input, bool english)
    {
        Func<decimal, string> number = english ? NumberText.Invariant : NumberText.Vi;
        return input.Kind switch
        {
            InputKind.Points or InputKind.Count => number(input.Value),
            InputKind.Ratio when input is { Numerator: { } n, Denominator: { } d } => $"{number(n)}/{number(d)}",
            InputKind.Ratio => english ? NumberText.Percent(input.Value) : NumberText.PercentVi(input.Value),
            _ => null,
        };
    }

    private static (LeafInput, Message?) ParsePassFail(string t) => t.ToLowerInvariant() switch
    {
        "pass" or "đạt" or "dat" or "yes" or "có" or "true" or "1" => (LeafInput.Pass(true), null),
        "fail" or "không đạt" or "khong dat" or "no" or "không" or "false" or "0" => (LeafInput.Pass(false), null),
        _ => Fail(InputMessages.NotPassFail(t)),
    };

    private static (LeafInput, Message?) ParseRatio(string t)
    {
        var slash = t.IndexOf('/');
        if (slash >= 0)
        {
            if (!DecimalText.TryRead(t[..slash], out var n) || !DecimalText.TryRead(t[(slash + 1)..], out var d))
                return Fail(InputMessages.NotFraction(t));
            if (d <= 0) return Fail(InputMessages.ZeroDenominator(t, d));
            if (n < 0) return Fail(InputMessages.NegativeNumerator(t));
            return (LeafInput.RatioOf(n, d), null);
        }
        var percent = t.EndsWith('%');
        var (value, error) = DecimalText.Read(percent ? t[..^1] : t);
        if (error is not null) return Fail(DecimalText.Grouped(t) ? error : InputMessages.NotRatio(t));
        if (percent) value /= 100m;
        return (LeafInput.Ratio(value), null);
    }

    /// <summary>A count is a number by <see cref="DecimalText"/> that is whole and not negative ("3", "3,0").</summary>
    private static (LeafInput, Message?) ParseCount(string t) => DecimalText.Read(t) switch
    {
        (var count, null) when count >= 0 && count == decimal.Truncate(count) && count <= int.MaxValue => (LeafInput.Count((int)count), null),
        (_, { } error) when DecimalText.Grouped(t) => Fail(error),
        _ => Fail(InputMessages.NotCount(t)),
    };

    private static string Invariant(decimal d) => NumberText.Invariant(d);

    private static (LeafInput, Message?) Fail(Message error) => (LeafInput.Missing, error);
}
