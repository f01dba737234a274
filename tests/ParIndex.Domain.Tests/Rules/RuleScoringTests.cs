using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Rules;

/// <summary>Every rule kind at and around its boundaries, with points worked out by hand.</summary>
public sealed class RuleScoringTests
{
    private static decimal Points(ScoringRule rule, decimal max, string input)
    {
        var (parsed, error) = InputText.Parse(input, rule);
        Assert.Null(error);
        Assert.Null(rule.Reject(parsed, max));
        return rule.Score(parsed, max);
    }

    private static string? Rejection(ScoringRule rule, decimal max, string input)
    {
        var (parsed, error) = InputText.Parse(input, rule);
        return (error ?? rule.Reject(parsed, max))?.ToString();
    }

    [Theory]
    [InlineData("pass", 1.5)]
    [InlineData("đạt", 1.5)]
    [InlineData("Yes", 1.5)]
    [InlineData("1", 1.5)]
    [InlineData("fail", 0)]
    [InlineData("không đạt", 0)]
    [InlineData("0", 0)]
    public void PassFail_gives_the_maximum_or_nothing(string input, decimal expected) =>
        Assert.Equal(expected, Points(new PassFailRule(), 1.5m, input));

    [Fact]
    public void PassFail_rejects_anything_else() => Assert.NotNull(Rejection(new PassFailRule(), 1, "maybe"));

    private static readonly OptionsRule PlanOnTime = new(
        [new("ontime", "Ban hành đúng hạn", 1), new("late", "Ban hành chậm", 0.5m), new("none", "Không ban hành", 0)]);

    [Theory]
    [InlineData("ontime", 1)]
    [InlineData("late", 0.5)]
    [InlineData("LATE", 0.5)]
    [InlineData("none", 0)]
    [InlineData("Ban hành chậm", 0.5)]
    [InlineData("ban hành đúng hạn", 1)]
    public void Options_give_the_chosen_options_points(string input, decimal expected) =>
        Assert.Equal(expected, Points(PlanOnTime, 1, input));

    [Fact]
    public void Options_reject_an_unknown_key_and_list_the_known_ones()
    {
        var why = Rejection(PlanOnTime, 1, "sometimes");
        Assert.Equal("“sometimes” không phải một lựa chọn ở đây; chọn một trong: Ban hành đúng hạn, Ban hành chậm, Không ban hành", why);
    }

    // ≥ 90 % → 2; 70 – < 90 % → 1; < 70 % → 0
    private static readonly TiersRule PlanCompletion = new(Build.RatioTiers((0.9m, 2), (0.7m, 1), (0, 0)));

    [Theory]
    [InlineData("1", 2)]
    [InlineData("0.9", 2)]
    [InlineData("90%", 2)]
    [InlineData("45/50", 2)]
    [InlineData("0.8999", 1)]
    [InlineData("89.99%", 1)]
    [InlineData("0.7", 1)]
    [InlineData("0,7", 1)]
    [InlineData("0.6999", 0)]
    [InlineData("34/50", 0)]
    [InlineData("0", 0)]
    public void Ratio_tiers_include_their_minimum_and_exclude_the_next(string input, decimal expected) =>
        Assert.Equal(expected, Points(PlanCompletion, 2, input));

    [Theory]
    [InlineData("1.01")]
    [InlineData("101%")]
    [InlineData("-0.1")]
    [InlineData("3/0")]
    [InlineData("ninety")]
    public void Ratio_tiers_reject_values_that_are_not_ratios(string input) => Assert.NotNull(Rejection(PlanCompletion, 2, input));

    [Theory]
    [InlineData("0.5", 0)]
    [InlineData("0.5001", 1)]
    [InlineData("1", 1)]
    public void Explicit_bounds_move_the_boundary_to_the_lower_tier(string input, decimal expected)
    {
        // 0 – 50 % inclusive → 0; above 50 % → 1
        var rule = new TiersRule(new TierScale(TierBasis.Ratio, [new Tier(0, 0, Max: 0.5m, MaxInclusive: true), new Tier(0.5m, 1, MinExclusive: true)]));
        Assert.Empty(rule.Problems(1));
        Assert.Equal(expected, Points(rule, 1, input));
    }

    // news items on the website: ≥ 12 → 1; 6 – 11 → 0.5; < 6 → 0
    private static readonly TiersRule NewsItems = new(new TierScale(TierBasis.Count, [new Tier(12, 1), new Tier(6, 0.5m), new Tier(0, 0)]));

    [Theory]
    [InlineData("40", 1)]
    [InlineData("12", 1)]
    [InlineData("11", 0.5)]
    [InlineData("6", 0.5)]
    [InlineData("5", 0)]
    [InlineData("0", 0)]
    public void Count_tiers(string input, decimal expected) => Assert.Equal(expected, Points(NewsItems, 1, input));

    [Theory]
    [InlineData("2.5")]
    [InlineData("-1")]
    [InlineData("12%")]
    public void Count_tiers_reject_what_is_not_a_whole_count(string input) => Assert.NotNull(Rejection(NewsItems, 1, input));

    [Theory]
    [InlineData("0.93", 1.86)]
    [InlineData("93%", 1.86)]
    [InlineData("45/50", 1.8)]
    [InlineData("1", 2)]
    [InlineData("0", 0)]
    public void Proportional_is_ratio_times_maximum(string input, decimal expected) =>
        Assert.Equal(expected, Points(new ProportionalRule(), 2, input));

    [Theory]
    [InlineData("0", 2)]
    [InlineData("1", 1.5)]
    [InlineData("3", 0.5)]
    [InlineData("4", 0)]
    [InlineData("10", 0)]
    public void Deduction_takes_off_per_occurrence_down_to_zero(string input, decimal expected) =>
        Assert.Equal(expected, Points(new DeductionRule(0.5m), 2, input));

    [Fact]
    public void Deduction_stops_at_its_floor() => Assert.Equal(0.5m, Points(new DeductionRule(0.5m, Floor: 0.5m), 2, "10"));

    [Theory]
    [InlineData("0", 0)]
    [InlineData("1", 0.5)]
    [InlineData("2", 1)]
    [InlineData("3", 1)]
    public void Bonus_per_item_is_capped(string input, decimal expected) =>
        Assert.Equal(expected, Points(new BonusRule(Cap: 1, PerItem: 0.5m), 1, input));

    [Fact]
    public void Penalty_per_item_stops_at_its_floor()
    {
        var penalty = new BonusRule(Cap: 0, PerItem: -1, Floor: -2);
        Assert.Equal(-1m, Points(penalty, 0, "1"));
        Assert.Equal(-2m, Points(penalty, 0, "5"));
    }

    [Fact]
    public void Bonus_points_entered_directly_must_lie_within_floor_and_cap()
    {
        var rule = new BonusRule(Cap: 1, Floor: -2);
        Assert.Equal(-1.5m, Points(rule, 1, "-1.5"));
        Assert.NotNull(Rejection(rule, 1, "1.5"));
        Assert.NotNull(Rejection(rule, 1, "-2.5"));
    }

    [Theory]
    [InlineData("1.75", 1.75)]
    [InlineData("0", 0)]
    [InlineData("2", 2)]
    [InlineData("1,25", 1.25)]
    public void Manual_points_on_the_step(string input, decimal expected) =>
        Assert.Equal(expected, Points(new ManualRule(0.25m), 2, input));

    [Theory]
    [InlineData("1.8")]
    [InlineData("2.25")]
    [InlineData("-0.25")]
    public void Manual_rejects_points_off_the_step_or_out_of_range(string input) =>
        Assert.NotNull(Rejection(new ManualRule(0.25m), 2, input));

    [Fact]
    public void Manual_without_a_step_takes_any_points_within_range() =>
        Assert.Equal(1.337m, Points(new ManualRule(), 2, "1.337"));

    [Fact]
    public void Survey_proportional_is_indicator_times_maximum() =>
        Assert.Equal(2.5569m, Points(new SurveyRule("SIPAS", SurveyMode.Proportional), 3, "85.23%"));

    [Theory]
    [InlineData("0.95", 2)]
    [InlineData("0.8", 1)]
    [InlineData("0.79", 0)]
    public void Survey_tiers(string input, decimal expected) =>
        Assert.Equal(expected, Points(new SurveyRule("SIPAS.F2", SurveyMode.Tiers, Build.RatioTiers((0.9m, 2), (0.8m, 1), (0, 0))), 2, input));

    [Fact]
    public void Missing_and_not_applicable_score_zero()
    {
        Assert.Equal(0m, new PassFailRule().Score(LeafInput.Missing, 1));
        Assert.Equal(0m, new ManualRule().Score(LeafInput.NotApplicable, 1));
        Assert.Equal(LeafInput.NotApplicable, InputText.Parse("na", new ManualRule()).Input);
        Assert.Equal(LeafInput.Missing, InputText.Parse("  ", new ManualRule()).Input);
    }

    [Fact]
    public void A_rule_rejects_an_input_of_another_kind() =>
        Assert.NotNull(new PassFailRule().Reject(LeafInput.Ratio(0.5m), 1));
}
