using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Contents;

public sealed class ContentValidationTests
{
    [Fact]
    public void The_70_30_bonus_framework_is_valid() =>
        Assert.Empty(FrameworkValidator.Validate(Framework(SeventyThirtyBonus.Areas1, SeventyThirtyBonus.Areas2, SeventyThirtyBonus.Survey, SeventyThirtyBonus.Bonus())));

    [Fact]
    public void A_contents_rules_and_settings_are_checked_where_they_are_given()
    {
        var nestedContent = Node("1", Manual("1.1", 2)) with { Children = [Manual("1.1", 2) with { Content = ContentKind.Survey }] };
        var floorOnArea = Node("2", Manual("2.1", 1)) with { Floor = -1, CapTotal = true };
        var manualInBonus = new FrameworkNode("T", "Thưởng", 1, [Manual("T.1", 1)], Content: ContentKind.Bonus);
        var positiveFloor = new FrameworkNode("U", "Thưởng", 1, [Leaf("U.1", 1, new BonusRule(1))], Content: ContentKind.Bonus, Floor: 1);
        var bonusInSurvey = new FrameworkNode("KS", "Khảo sát", 1, [Manual("KS.1", 1), Leaf("KS.2", 1, new BonusRule(1))], Content: ContentKind.Survey);

        var problems = FrameworkValidator.Validate(Framework(nestedContent, floorOnArea, manualInBonus, positiveFloor, bonusInSurvey));

        Assert.Contains(problems, p => p.Where == "1.1" && p.Says.In(Language.En).Contains("only a top-level node", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "2" && p.Message == "chỉ nội dung điểm thưởng/điểm trừ mới có mức sàn" && p.Says.In(Language.En) == "only the bonus/penalty content has a floor");
        Assert.Contains(problems, p => p.Where == "2" && p.Says.In(Language.En).Contains("cap the total", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "T.1" && p.Says.In(Language.En).Contains("scored by a bonus rule, not “manual”", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "U" && p.Says.In(Language.En).Contains("the floor 1 must lie between", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Where == "KS.2" && p.Says.In(Language.En).Contains("cannot hold bonus points", StringComparison.Ordinal));
    }

    [Fact]
    public void The_bonus_content_caps_its_items_and_its_groups_add_up_like_areas()
    {
        // Groups "thưởng" (caps 1 + 2 = 3) and "trừ" (cap 0) under a content capped at 2: valid.
        var content = new FrameworkNode("T", "Thưởng, trừ", 2,
        [
            FrameworkNode.Inner("T.1", "Điểm thưởng", 3, Leaf("T.1.1", 1, new BonusRule(1)), Leaf("T.1.2", 2, new BonusRule(2, PerItem: 1))),
            FrameworkNode.Inner("T.2", "Điểm trừ", 0, Leaf("T.2.1", 0, new BonusRule(0, PerItem: -1, Floor: -3))),
        ], Content: ContentKind.Bonus, Floor: -3);
        Assert.Empty(FrameworkValidator.Validate(Framework(Node("1", Manual("1.1", 10)), content)));

        var wrongGroup = content with { Children = [FrameworkNode.Inner("T.1", "Điểm thưởng", 2, Leaf("T.1.1", 1, new BonusRule(1)), Leaf("T.1.2", 2, new BonusRule(2)))] };
        Assert.Contains(FrameworkValidator.Validate(Framework(Node("1", Manual("1.1", 10)), wrongGroup)),
            p => p.Where == "T.1" && p.Message == "điểm tối đa của các mục con cộng lại là 3, không phải 2");
    }

    [Fact]
    public void A_framework_needs_more_than_a_bonus_content() =>
        Assert.Contains(FrameworkValidator.Validate(Framework(SeventyThirtyBonus.Bonus())), p => p.Says.In(Language.En).Contains("only a bonus/penalty content", StringComparison.Ordinal));
}
