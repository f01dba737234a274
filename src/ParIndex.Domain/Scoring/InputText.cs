using System.Globalization;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// Reads a leaf's input as people type it in a worksheet or a CSV cell: <c>NA</c>; pass/fail (also đạt/không đạt,
/// yes/no, 1/0); an option key; a ratio as <c>0.93</c>, <c>93%</c> or <c>45/50</c>; a whole count; points.
/// A decimal comma is accepted where no dot is present ("0,93", "93,5%").
/// </summary>
public static class InputText
{
    public const string NotApplicable = "NA";

    public static (LeafInput Input, Message? Error) Parse(string? text, ScoringRule rule)
    {
        var t = (text ?? "").Trim();
        if (t.Length == 0) return (LeafInput.Missing, null);
        if (t.Equals(NotApplicable, StringComparison.OrdinalIgnoreCase) || t.Equals("N/A", StringComparison.OrdinalIgnoreCase))
            return (LeafInput.NotApplicable, null);
        return rule.Accepts switch
        {
            InputKind.PassFail => ParsePassFail(t),
            InputKind.Option => (LeafInput.Option(rule is OptionsRule options && options.Match(t) is { } option ? option.Key : t), null),
            InputKind.Ratio => ParseRatio(t),
            InputKind.Count => ParseCount(t),
            _ => TryDecimal(t, out var points) ? (LeafInput.Points(points), null) : Fail(InputMessages.NotPoints(t)),
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
            if (!TryDecimal(t[..slash], out var n) || !TryDecimal(t[(slash + 1)..], out var d))
                return Fail(InputMessages.NotFraction(t));
            if (d <= 0) return Fail(InputMessages.ZeroDenominator(t, d));
            if (n < 0) return Fail(InputMessages.NegativeNumerator(t));
            return (LeafInput.RatioOf(n, d), null);
        }
        var percent = t.EndsWith('%');
        if (!TryDecimal(percent ? t[..^1] : t, out var value)) return Fail(InputMessages.NotRatio(t));
        if (percent) value /= 100m;
        return (LeafInput.Ratio(value), null);
    }

    private static (LeafInput, Message?) ParseCount(string t) =>
        int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? (LeafInput.Count(count), null)
            : Fail(InputMessages.NotCount(t));

    private static bool TryDecimal(string s, out decimal value)
    {
        s = s.Trim();
        if (!s.Contains('.')) s = s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static string Invariant(decimal d) => Numbers.NumberText.Invariant(d);

    private static (LeafInput, Message?) Fail(Message error) => (LeafInput.Missing, error);
}
