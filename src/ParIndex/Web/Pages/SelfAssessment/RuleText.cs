using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>How a sub-criterion is scored, said before anything is entered (the explanation of an input says why it scored).</summary>
public static class RuleText
{
    public static string Describe(ScoringRule rule, decimal max, bool english)
    {
        string N(decimal v) => english ? NumberText.Invariant(v) : NumberText.Vi(v);
        string Pts(decimal v) => english ? $"{N(v)} point{(v == 1 ? "" : "s")}" : $"{N(v)} điểm";
        return rule switch
        {
            PassFailRule => english ? $"Pass: {Pts(max)}; fail: 0 points." : $"Đạt: {Pts(max)}; không đạt: 0 điểm.",
            OptionsRule o => (english ? "Choose one: " : "Chọn một mức: ")
                + string.Join("; ", o.Options.Select(x => $"{(english ? x.LabelEn ?? x.Label : x.Label)} → {Pts(x.Points)}")) + ".",
            TiersRule t => (t.Scale.Basis == TierBasis.Ratio ? english ? "By the ratio: " : "Theo tỷ lệ: " : english ? "By the count: " : "Theo số lượng: ")
                + string.Join("; ", t.Scale.Tiers.OrderByDescending(x => x.Min).Select(x => $"{(english ? t.Scale.DescribeEn(x) : t.Scale.DescribeVi(x))} → {Pts(x.Points)}")) + ".",
            ProportionalRule => english ? $"Points = ratio × {N(max)}." : $"Điểm = tỷ lệ × {N(max)}.",
            DeductionRule d => english
                ? $"{Pts(max)} minus {N(d.PerOccurrence)} per occurrence, never below {N(d.Floor)}."
                : $"{Pts(max)}, trừ {N(d.PerOccurrence)} điểm mỗi trường hợp, không thấp hơn {N(d.Floor)}.",
            BonusRule { PerItem: { } per } b => english
                ? $"{Pts(per)} per item, between {N(b.Floor)} and {N(b.Cap)}, outside the maximum."
                : $"{Pts(per)} mỗi trường hợp, trong khoảng {N(b.Floor)} đến {N(b.Cap)}, ngoài tổng điểm tối đa.",
            BonusRule b => english
                ? $"Bonus or penalty points between {N(b.Floor)} and {N(b.Cap)}, outside the maximum."
                : $"Điểm thưởng hoặc trừ trong khoảng {N(b.Floor)} đến {N(b.Cap)}, ngoài tổng điểm tối đa.",
            ManualRule { Step: { } step } => english
                ? $"Points entered directly from 0 to {N(max)}, in steps of {N(step)}."
                : $"Chấm trực tiếp từ 0 đến {N(max)} điểm, bước {N(step)}.",
            ManualRule => english ? $"Points entered directly from 0 to {N(max)}." : $"Chấm trực tiếp từ 0 đến {N(max)} điểm.",
            SurveyRule s => english
                ? $"Scored from the sociological survey (indicator {s.Indicator}); the unit does not score it."
                : $"Điểm lấy từ điều tra xã hội học (chỉ số {s.Indicator}); đơn vị không tự chấm.",
            _ => rule.Kind,
        };
    }
}
