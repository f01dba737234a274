using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.App.Features.Dashboard;

/// <summary>A scoring rule told in words, Vietnamese and English: its kind, and how its points follow from the input.</summary>
public static class RuleText
{
    public static Explanation Kind(ScoringRule rule) => rule switch
    {
        PassFailRule => new("Đạt / không đạt", "Pass / fail"),
        OptionsRule => new("Theo phương án", "Graded options"),
        TiersRule => new("Theo mức", "Tiers"),
        ProportionalRule => new("Theo tỷ lệ", "Proportional"),
        DeductionRule => new("Trừ điểm theo trường hợp", "Deduction per occurrence"),
        BonusRule => new("Điểm thưởng / trừ", "Bonus / penalty"),
        ManualRule => new("Chấm trực tiếp", "Manual"),
        SurveyRule => new("Điều tra xã hội học", "Sociological survey"),
        _ => new(rule.Kind, rule.Kind),
    };

    public static Explanation Describe(ScoringRule rule, decimal max) => rule switch
    {
        PassFailRule => new($"Đạt: {Vi(max)} điểm; không đạt: 0 điểm", $"Pass: {En(max)} points; fail: 0 points"),
        OptionsRule o => new(
            string.Join("; ", o.Options.Select(x => $"{x.Label}: {Vi(x.Points)} điểm")),
            string.Join("; ", o.Options.Select(x => $"{x.LabelEn ?? x.Label}: {En(x.Points)} points"))),
        TiersRule t => Tiers(t.Scale, t.Scale.Basis == TierBasis.Ratio ? ("Tỷ lệ", "Ratio") : ("Số lượng", "Count")),
        ProportionalRule => new($"Tỷ lệ đạt được × {Vi(max)} điểm", $"Ratio achieved × {En(max)} points"),
        DeductionRule d => new($"{Vi(max)} điểm, trừ {Vi(d.PerOccurrence)} điểm mỗi trường hợp, không thấp hơn {Vi(d.Floor)}",
                               $"{En(max)} points less {En(d.PerOccurrence)} per occurrence, not below {En(d.Floor)}"),
        BonusRule { PerItem: { } per } b => new($"Ngoài tổng điểm: {Vi(per)} điểm mỗi trường hợp, trong khoảng [{Vi(b.Floor)}; {Vi(b.Cap)}]",
                                                $"Outside the total: {En(per)} points per item, within [{En(b.Floor)}; {En(b.Cap)}]"),
        BonusRule b => new($"Ngoài tổng điểm, trong khoảng [{Vi(b.Floor)}; {Vi(b.Cap)}]", $"Outside the total, within [{En(b.Floor)}; {En(b.Cap)}]"),
        ManualRule { Step: { } step } => new($"Từ 0 đến {Vi(max)} điểm, bước {Vi(step)}", $"From 0 to {En(max)} points in steps of {En(step)}"),
        ManualRule => new($"Từ 0 đến {Vi(max)} điểm", $"From 0 to {En(max)} points"),
        SurveyRule { Mode: SurveyMode.Tiers, Scale: { } scale } s => Prefix(Tiers(scale, ($"Chỉ số {s.Indicator}", $"Indicator {s.Indicator}")),
            "Từ kết quả điều tra. ", "From the survey. "),
        SurveyRule s => new($"Từ kết quả điều tra: chỉ số {s.Indicator} × {Vi(max)} điểm", $"From the survey: indicator {s.Indicator} × {En(max)} points"),
        _ => new(rule.Kind, rule.Kind),
    };

    private static Explanation Tiers(TierScale scale, (string Vi, string En) what) => new(
        $"{what.Vi}: " + string.Join("; ", scale.Tiers.Select(t => $"{scale.DescribeVi(t)} → {Vi(t.Points)} điểm")),
        $"{what.En}: " + string.Join("; ", scale.Tiers.Select(t => $"{scale.DescribeEn(t)} → {En(t.Points)} points")));

    private static Explanation Prefix(Explanation e, string vi, string en) => new(vi + e.Vi, en + e.En);

    private static string Vi(decimal value) => NumberText.Vi(value);

    private static string En(decimal value) => NumberText.Invariant(value);
}
