using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Text;

namespace ParIndex.Domain.Frameworks;

/// <summary>Finds every problem in a framework at once, each located by node code, so an author fixes them in one pass.</summary>
public static class FrameworkValidator
{
    /// <summary>The longest framework code: editions are stored and looked up by it.</summary>
    public const int MaxFrameworkCode = 64;

    /// <summary>The longest node code: every score in the ledger names its sub-criterion by it.</summary>
    public const int MaxNodeCode = 32;

    public static IReadOnlyList<FrameworkProblem> Validate(Framework framework)
    {
        var problems = new List<FrameworkProblem>();
        void Add(string where, Message message) => problems.Add(new FrameworkProblem(where, message));

        if (string.IsNullOrWhiteSpace(framework.Code)) Add(FrameworkProblem.OfFramework, FrameworkMessages.NoCode());
        else if (framework.Code.Length > MaxFrameworkCode) Add(FrameworkProblem.OfFramework, FrameworkMessages.CodeTooLong(MaxFrameworkCode));
        if (string.IsNullOrWhiteSpace(framework.Name)) Add(FrameworkProblem.OfFramework, FrameworkMessages.NoName());
        if (string.IsNullOrWhiteSpace(framework.Group)) Add(FrameworkProblem.OfFramework, FrameworkMessages.NoGroup());
        if (framework.Nodes.Count == 0) Add(FrameworkProblem.OfFramework, FrameworkMessages.NoAreas());

        foreach (var duplicate in framework.AllNodes().GroupBy(n => n.Code.Trim()).Where(g => g.Count() > 1))
            Add(duplicate.Key, FrameworkMessages.DuplicateCode(duplicate.Count()));

        foreach (var area in framework.Nodes.Where(a => a.IsLeaf))
            Add(area.Code, area.Content == ContentKind.Area ? FrameworkMessages.AreaEmpty() : FrameworkMessages.ContentEmpty());
        if (framework.Nodes.Count > 0 && framework.Nodes.All(n => n.Content == ContentKind.Bonus))
            Add(FrameworkProblem.OfFramework, FrameworkMessages.OnlyBonus());
        foreach (var top in framework.Nodes)
            CheckTree(top, top.Content, isTop: true, Add);

        CheckBands(framework.Bands, Add);
        return problems;
    }

    private static void CheckTree(FrameworkNode node, ContentKind content, bool isTop, Action<string, Message> add)
    {
        CheckNode(node, content, isTop, add);
        foreach (var child in node.Children) CheckTree(child, content, isTop: false, add);
    }

    private static void CheckNode(FrameworkNode node, ContentKind content, bool isTop, Action<string, Message> add)
    {
        var where = string.IsNullOrWhiteSpace(node.Code) ? FrameworkMessages.WhereUnnamed(node.Name).ToString() : node.Code;
        CheckContent(node, where, content, isTop, add);
        if (string.IsNullOrWhiteSpace(node.Code)) add(where, FrameworkMessages.NodeNoCode());
        else if (node.Code.Length > MaxNodeCode) add(where[..MaxNodeCode] + "…", FrameworkMessages.NodeCodeTooLong(MaxNodeCode));
        if (string.IsNullOrWhiteSpace(node.Name)) add(where, FrameworkMessages.NodeNoName());
        if (node.Max < 0) add(where, FrameworkMessages.MaxNegative(node.Max));
        if (node.Max > ScoringRule.MaxPoints) add(where, FrameworkMessages.MaxTooHigh(node.Max, ScoringRule.MaxPoints));

        if (node.IsLeaf)
        {
            if (node.Rule is null) add(where, FrameworkMessages.LeafNoRule());
            else foreach (var p in node.Rule.Problems(node.Max)) add(where, Message.Plain(p));
            return;
        }
        if (node.Rule is not null) add(where, FrameworkMessages.ParentWithRule());

        // Children over the limit are reported on their own; adding them up could overflow.
        if (node.Children.Any(c => Math.Abs(c.Max) > ScoringRule.MaxPoints)) return;
        // The bonus content caps whatever its items add up to; inside it every item's cap counts in its parent's sum.
        if (isTop && content == ContentKind.Bonus) return;
        var sum = node.Children.Where(c => content == ContentKind.Bonus || c.CountsTowardMax).Sum(c => c.Max);
        if (node.CapAtMax && sum < node.Max)
            add(where, FrameworkMessages.CapAboveChildren(node.Max, sum));
        else if (!node.CapAtMax && sum != node.Max)
            add(where, FrameworkMessages.ChildrenSum(sum, node.Max));
    }

    /// <summary>A content's own settings are given on its top-level node only, and its items are scored as the content is.</summary>
    private static void CheckContent(FrameworkNode node, string where, ContentKind content, bool isTop, Action<string, Message> add)
    {
        if (!isTop && node.Content != ContentKind.Area)
            add(where, FrameworkMessages.ContentNotTop());
        var bonusContent = isTop && content == ContentKind.Bonus;
        if (!bonusContent && node.Floor != 0) add(where, FrameworkMessages.FloorOnlyBonus());
        if (!bonusContent && node.CapTotal) add(where, FrameworkMessages.CapTotalOnlyBonus());
        if (bonusContent && (node.Floor > 0 || node.Floor < -ScoringRule.MaxPoints))
            add(where, FrameworkMessages.FloorRange(node.Floor, ScoringRule.MaxPoints));
        if (node.IsLeaf && node.Rule is { } rule)
        {
            if (content == ContentKind.Bonus && rule is not BonusRule)
                add(where, FrameworkMessages.BonusItemRule(rule.Kind));
            else if (content == ContentKind.Survey && rule is BonusRule)
                add(where, FrameworkMessages.SurveyNoBonus());
        }
    }

    /// <summary>The problems of a band list on its own, for a period that overrides its frameworks' bands.</summary>
    public static IReadOnlyList<FrameworkProblem> ValidateBands(IReadOnlyList<Band> bands)
    {
        var problems = new List<FrameworkProblem>();
        CheckBands(bands, (where, message) => problems.Add(new FrameworkProblem(where, message)));
        return problems;
    }

    private static void CheckBands(IReadOnlyList<Band> bands, Action<string, Message> add)
    {
        if (bands.Count == 0)
        {
            add(FrameworkProblem.OfBands, FrameworkMessages.BandsEmpty());
            return;
        }
        foreach (var b in bands.Where(b => string.IsNullOrWhiteSpace(b.Label)))
            add(FrameworkProblem.OfBands, FrameworkMessages.BandNoLabel(b.Min));
        foreach (var g in bands.GroupBy(b => b.Label.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            add(FrameworkProblem.OfBands, FrameworkMessages.BandLabelTwice(g.Key, g.Count()));
        foreach (var g in bands.GroupBy(b => b.Min).Where(g => g.Count() > 1))
            add(FrameworkProblem.OfBands, FrameworkMessages.BandsSameStart(g.Count(), g.Key));
        foreach (var b in bands.Where(b => b.Min is < 0 or > 100))
            add(FrameworkProblem.OfBands, FrameworkMessages.BandOutside(b.Label, b.Min));
        if (bands.Min(b => b.Min) > 0)
            add(FrameworkProblem.OfBands, FrameworkMessages.NoBandAtZero(bands.Min(b => b.Min)));
    }
}
