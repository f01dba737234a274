using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>
/// The fields of one sub-criterion on the form (suited to its rule: option, pass/fail, numerator and denominator,
/// count, points; and "not applicable"), and the input text built from them server-side, in the form
/// <see cref="InputText"/> reads. Field names are <c>{prefix}.{part}</c>, the prefix naming the leaf by ordinal.
/// </summary>
public sealed record LeafFields(bool NotApplicable, string Option, string Pass, string Numerator, string Denominator, string Count, string Points)
{
    public static readonly LeafFields Empty = new(false, "", "", "", "", "", "");

    /// <summary>The prefix of a leaf's score fields; appeals use their own, so both forms can be on one page.</summary>
    public static string Prefix(int ordinal, string kind = "l") => $"{kind}{ordinal}";

    /// <summary>The fields as a saved input fills them.</summary>
    public static LeafFields FromText(string? text, ScoringRule rule)
    {
        var (input, error) = InputText.Parse(text, rule);
        if (error is not null) return Empty;
        return input.Kind switch
        {
            InputKind.NotApplicable => Empty with { NotApplicable = true },
            InputKind.Option => Empty with { Option = input.Key ?? "" },
            InputKind.PassFail => Empty with { Pass = input.Passed ? "pass" : "fail" },
            InputKind.Ratio when input is { Numerator: { } n, Denominator: { } d } => Empty with { Numerator = NumberText.Vi(n), Denominator = NumberText.Vi(d) },
            InputKind.Ratio => Empty with { Numerator = NumberText.Vi(input.Value * 100m), Denominator = "100" },
            InputKind.Count => Empty with { Count = NumberText.Invariant(input.Value) },
            InputKind.Points => Empty with { Points = NumberText.Vi(input.Value) },
            _ => Empty,
        };
    }

    /// <summary>The fields as posted.</summary>
    public static LeafFields FromForm(IFormCollection form, string prefix)
    {
        string F(string part) => form[$"{prefix}.{part}"].ToString().Trim();
        return new(F("na") is "true" or "on", F("option"), F("pass"), F("num"), F("den"), F("count"), F("points"));
    }

    /// <summary>The input text for the rule, or why the fields cannot make one (bilingual).</summary>
    public (string Text, Message? Error) ToText(ScoringRule rule)
    {
        if (NotApplicable) return (InputText.NotApplicable, null);
        return rule.Accepts switch
        {
            InputKind.Option => (Option, null),
            InputKind.PassFail => (Pass, null),
            InputKind.Ratio when Numerator.Length == 0 && Denominator.Length == 0 => ("", null),
            InputKind.Ratio when Numerator.Length == 0 || Denominator.Length == 0 =>
                ("", SiteMessages.RatioHalf()),
            InputKind.Ratio => ($"{Numerator}/{Denominator}", null),
            InputKind.Count => (Count, null),
            _ => (Points, null),
        };
    }
}
