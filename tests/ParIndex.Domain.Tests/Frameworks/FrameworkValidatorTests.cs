using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Frameworks;

public sealed class FrameworkValidatorTests
{
    [Fact]
    public void A_valid_framework_has_no_problems() =>
        Assert.Empty(FrameworkValidator.Validate(Framework(Node("1", Manual("1.1", 2), Manual("1.2", 3)), Node("2", Manual("2.1", 5)))));

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_node_code()
    {
        var framework = Framework(
            FrameworkNode.Inner("1", "Chỉ đạo", 4, Manual("1.1", 2), Manual("1.2", 1)),                    // 3 ≠ 4
            Node("2", Manual("2.1", 2), Manual("2.1", 1)),                                                   // duplicate code
            Node("3", Leaf("3.1", 2, new OptionsRule([new("a", "A", 3), new("b", "B", 0)]))),               // points above max
            Node("4", Leaf("4.1", 2, new TiersRule(RatioTiers((0.9m, 2), (0.5m, 1))))),                     // gap below 50 %
            FrameworkNode.Inner("5", "Trống", 0),                                                            // empty area (a leaf with no rule)
            Node("6", new FrameworkNode("6.1", "Không có cách chấm", 1, [])))                                // leaf without a rule
            with { Bands = [new("Tốt", 80), new("Tốt", 70)] };                                              // duplicate label, no band from 0

        var problems = FrameworkValidator.Validate(framework);

        Assert.Contains(problems, p => p.Where == "1" && p.Message == "điểm tối đa của các mục con cộng lại là 3, không phải 4");
        Assert.Contains(problems, p => p.Where == "2.1" && p.Says.In(Language.En).Contains("used by 2 nodes", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "3.1" && p.Says.In(Language.En).Contains("option 'a' gives 3 points", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "4.1" && p.Says.In(Language.En).Contains("gap", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "5" && p.Says.In(Language.En).Contains("no criteria", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "6.1" && p.Says.In(Language.En).Contains("no scoring rule", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "bands" && p.Says.In(Language.En) == "the label “Tốt” is used by 2 bands");
        Assert.Contains(problems, p => p.Where == "bands" && p.Says.In(Language.En).StartsWith("no band starts at 0", StringComparison.Ordinal));
    }

    [Fact]
    public void Maxima_and_amounts_near_the_decimal_limit_are_problems_not_overflows()
    {
        // Found by the import fuzz test: 79228162514264337593543950335 (decimal.MaxValue) as one child's maximum made
        // adding up the children throw an OverflowException instead of reporting a problem.
        var framework = Framework(
            FrameworkNode.Inner("1", "Lớn", decimal.MaxValue, Manual("1.1", decimal.MaxValue), Manual("1.2", 3)),
            Node("2", Leaf("2.1", 2, new DeductionRule(decimal.MaxValue / 2))),
            Node("3", Leaf("3.1", 0, new BonusRule(0, PerItem: 5_000_000m, Floor: -10m))));

        var problems = FrameworkValidator.Validate(framework);

        Assert.Contains(problems, p => p.Where == "1" && p.Says.In(Language.En).Contains("is above 1000000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "1.1" && p.Message.Contains("lớn hơn 1000000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "2.1" && p.Says.In(Language.En).Contains("perOccurrence must be at most 1000000", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "3.1" && p.Message.Contains("within ±1000000"));
    }

    [Fact]
    public void A_ratio_tier_bound_near_the_decimal_limit_is_a_problem_not_an_overflow()
    {
        // Found by the fuzz full profile: a tier's min of 79228162514264337593543950335 overflowed writing it as a percentage.
        var framework = Framework(Node("1", Leaf("1.1", 2, new TiersRule(new TierScale(TierBasis.Ratio, [new Tier(decimal.MaxValue, 2), new Tier(0, 0)])))));

        var problems = FrameworkValidator.Validate(framework);

        Assert.Contains(problems, p => p.Where == "1.1" && p.Message == "tier from 7.923E+30% has bounds outside 0–100%");
    }

    [Fact]
    public void Codes_longer_than_what_is_stored_are_problems()
    {
        var longLeaf = "1." + new string('9', 31);
        var framework = Framework(Node("1", Manual(longLeaf, 2)), Node("2", Manual("2." + new string('9', 30), 2))) with { Code = new string('K', 65) };

        var problems = FrameworkValidator.Validate(framework);

        Assert.Equal([
            new FrameworkProblem("framework", FrameworkMessages.CodeTooLong(64)),
            new FrameworkProblem(longLeaf[..32] + "…", FrameworkMessages.NodeCodeTooLong(32)),
        ], problems);
        Assert.Equal("bộ chỉ số: mã bộ chỉ số dài quá 64 ký tự", problems[0].ToString());
        Assert.Equal("framework: the framework code is longer than 64 characters", problems[0].Located.In(Language.En));
    }

    [Fact]
    public void A_node_may_declare_a_cap_below_its_childrens_sum()
    {
        var capped = FrameworkNode.Inner("1", "Có giới hạn", 2, Manual("1.1", 1.5m), Manual("1.2", 1.5m)) with { CapAtMax = true };
        Assert.Empty(FrameworkValidator.Validate(Framework(capped)));
    }

    [Fact]
    public void A_cap_above_the_childrens_sum_is_unreachable()
    {
        var capped = FrameworkNode.Inner("1", "Có giới hạn", 4, Manual("1.1", 1.5m), Manual("1.2", 1.5m)) with { CapAtMax = true };
        Assert.Contains(FrameworkValidator.Validate(Framework(capped)), p => p.Where == "1" && p.Says.In(Language.En).Contains("only 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Bonus_leaves_are_outside_the_parents_sum()
    {
        var area = FrameworkNode.Inner("1", "Chỉ đạo", 2, Manual("1.1", 2), Leaf("1.2", 1, new BonusRule(Cap: 1, PerItem: 0.5m)));
        Assert.Empty(FrameworkValidator.Validate(Framework(area)));
    }

    [Fact]
    public void Bands_must_not_be_empty() =>
        Assert.Contains(FrameworkValidator.Validate(Framework(Node("1", Manual("1.1", 1))) with { Bands = [] }), p => p.Says.In(Language.En).Contains("empty", StringComparison.Ordinal));

    [Fact]
    public void Compiling_an_invalid_framework_throws_with_every_problem()
    {
        var e = Assert.Throws<InvalidFrameworkException>(() => CompiledFramework.Compile(Framework(Node("1", Manual("1.1", 1), Manual("1.1", 1))) with { Bands = [] }));
        Assert.Equal(2, e.Problems.Count);
    }
}
