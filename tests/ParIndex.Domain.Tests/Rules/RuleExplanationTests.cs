using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Rules;

/// <summary>Each rule says, in Vietnamese and English, how the points came from the input.</summary>
public sealed class RuleExplanationTests
{
    [Fact]
    public void Tiers_name_the_tier_that_matched()
    {
        var rule = new TiersRule(Build.RatioTiers((0.9m, 2), (0.7m, 1), (0, 0)));
        var e = rule.Explain(LeafInput.RatioOf(40, 50), 2);
        Assert.Equal("Tỷ lệ 80% (40/50) thuộc mức từ 70% đến dưới 90% → 1 điểm", e.Vi);
        Assert.Equal("Ratio 80% (40/50) is in the tier from 70% to under 90% → 1 point", e.En);
    }

    [Fact]
    public void Top_tier_is_open_ended() =>
        Assert.Equal("Số lượng 15 thuộc mức từ 12 trở lên → 1 điểm",
            new TiersRule(new TierScale(TierBasis.Count, [new Tier(12, 1), new Tier(0, 0)])).Explain(LeafInput.Count(15), 1).Vi);

    [Fact]
    public void Options_quote_the_chosen_label()
    {
        var rule = new OptionsRule([new("ontime", "Ban hành đúng hạn", 1), new("late", "Ban hành chậm", 0.5m, "Issued late")]);
        var e = rule.Explain(LeafInput.Option("late"), 1);
        Assert.Equal("Chọn \"Ban hành chậm\" → 0,5 điểm (tối đa 1)", e.Vi);
        Assert.Equal("Chose \"Issued late\" → 0.5 points of 1", e.En);
    }

    [Fact]
    public void Deduction_shows_the_arithmetic_and_the_floor() =>
        Assert.Equal("2 − 0,5 × 5 trường hợp, không thấp hơn mức sàn 0 → 0 điểm",
            new DeductionRule(0.5m).Explain(LeafInput.Count(5), 2).Vi);

    [Fact]
    public void Proportional_shows_the_product() =>
        Assert.Equal("Tỷ lệ 93% × 2 điểm tối đa = 1,86 điểm", new ProportionalRule().Explain(LeafInput.Ratio(0.93m), 2).Vi);

    [Fact]
    public void Not_applicable_says_the_maximum_leaves_the_denominator() =>
        Assert.Equal("Not applicable: its 1.5 points leave the denominator", new PassFailRule().Explain(LeafInput.NotApplicable, 1.5m).En);

    [Fact]
    public void Survey_names_its_indicator() =>
        Assert.Equal("Chỉ số khảo sát SIPAS.F1 = 85,5% × 3 điểm tối đa = 2,57 điểm",
            new SurveyRule("SIPAS.F1", SurveyMode.Proportional).Explain(LeafInput.Ratio(0.855m), 3).Vi);

    [Fact]
    public void Vietnamese_tiers_use_a_decimal_comma_and_a_full_score_tier_reads_100_percent()
    {
        var scale = new TierScale(TierBasis.Ratio, [new Tier(1, 2), new Tier(0.925m, 1), new Tier(0, 0)]);
        var rule = new TiersRule(scale);
        Assert.Equal("Tỷ lệ 95% thuộc mức từ 92,5% đến dưới 100% → 1 điểm", rule.Explain(LeafInput.Ratio(0.95m), 2).Vi);
        Assert.Equal("Ratio 100% is in the tier 100% → 2 points", rule.Explain(LeafInput.Ratio(1), 2).En);
    }
}
