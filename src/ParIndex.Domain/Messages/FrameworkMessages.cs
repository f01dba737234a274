namespace ParIndex.Domain.Messages;

/// <summary>What is wrong with a framework edition or a band list, each problem at its node.</summary>
public static class FrameworkMessages
{
    public static Message Invalid() => new("framework.invalid");

    public static Message WhereFramework() => new("framework.where-framework");

    public static Message WhereBands() => new("framework.where-bands");

    public static Message WhereUnnamed(string name) => new("framework.where-unnamed", name);

    public static Message NoCode() => new("framework.no-code");

    public static Message CodeTooLong(int max) => new("framework.code-too-long", max);

    public static Message NoName() => new("framework.no-name");

    public static Message NoGroup() => new("framework.no-group");

    public static Message NoAreas() => new("framework.no-areas");

    public static Message DuplicateCode(int nodes) => new("framework.duplicate-code", nodes);

    public static Message AreaEmpty() => new("framework.area-empty");

    public static Message ContentEmpty() => new("framework.content-empty");

    public static Message OnlyBonus() => new("framework.only-bonus");

    public static Message NodeNoCode() => new("framework.node-no-code");

    public static Message NodeCodeTooLong(int max) => new("framework.node-code-too-long", max);

    public static Message NodeNoName() => new("framework.node-no-name");

    public static Message MaxNegative(decimal max) => new("framework.max-negative", max);

    public static Message MaxTooHigh(decimal max, decimal limit) => new("framework.max-too-high", max, limit);

    public static Message LeafNoRule() => new("framework.leaf-no-rule");

    public static Message ParentWithRule() => new("framework.parent-with-rule");

    public static Message CapAboveChildren(decimal cap, decimal sum) => new("framework.cap-above-children", cap, sum);

    public static Message ChildrenSum(decimal sum, decimal max) => new("framework.children-sum", sum, max);

    public static Message ContentNotTop() => new("framework.content-not-top");

    public static Message FloorOnlyBonus() => new("framework.floor-only-bonus");

    public static Message CapTotalOnlyBonus() => new("framework.cap-total-only-bonus");

    public static Message FloorRange(decimal floor, decimal limit) => new("framework.floor-range", floor, limit);

    public static Message BonusItemRule(string kind) => new("framework.bonus-item-rule", kind);

    public static Message SurveyNoBonus() => new("framework.survey-no-bonus");

    public static Message BandsEmpty() => new("framework.bands-empty");

    public static Message BandNoLabel(decimal min) => new("framework.band-no-label", min);

    public static Message BandLabelTwice(string label, int bands) => new("framework.band-label-twice", new Typed(label), bands);

    public static Message BandsSameStart(int bands, decimal min) => new("framework.bands-same-start", bands, min);

    public static Message BandOutside(string label, decimal min) => new("framework.band-outside", new Typed(label), min);

    public static Message NoBandAtZero(decimal lowest) => new("framework.no-band-at-zero", lowest);
}
