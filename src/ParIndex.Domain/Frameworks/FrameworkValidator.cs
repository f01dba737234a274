using ParIndex.Domain.Numbers;
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
        void Add(string where, string message) => problems.Add(new FrameworkProblem(where, message));

        if (string.IsNullOrWhiteSpace(framework.Code)) Add("framework", "the framework has no code");
        else if (framework.Code.Length > MaxFrameworkCode) Add("framework", $"the framework code is longer than {MaxFrameworkCode} characters");
        if (string.IsNullOrWhiteSpace(framework.Name)) Add("framework", "the framework has no name");
        if (string.IsNullOrWhiteSpace(framework.Group)) Add("framework", "the framework names no unit group");
        if (framework.Nodes.Count == 0) Add("framework", "the framework has no areas");

        foreach (var duplicate in framework.AllNodes().GroupBy(n => n.Code.Trim()).Where(g => g.Count() > 1))
            Add(duplicate.Key, $"the code is used by {duplicate.Count()} nodes");

        foreach (var area in framework.Nodes.Where(a => a.IsLeaf))
            Add(area.Code, area.Content == ContentKind.Area ? "the area has no criteria" : "the content has no items");
        if (framework.Nodes.Count > 0 && framework.Nodes.All(n => n.Content == ContentKind.Bonus))
            Add("framework", "the framework has only a bonus/penalty content: it needs an area that counts towards the maximum");
        foreach (var top in framework.Nodes)
            CheckTree(top, top.Content, isTop: true, Add);

        CheckBands(framework.Bands, Add);
        return problems;
    }

    private static void CheckTree(FrameworkNode node, ContentKind content, bool isTop, Action<string, string> add)
    {
        CheckNode(node, content, isTop, add);
        foreach (var child in node.Children) CheckTree(child, content, isTop: false, add);
    }

    private static void CheckNode(FrameworkNode node, ContentKind content, bool isTop, Action<string, string> add)
    {
        var where = string.IsNullOrWhiteSpace(node.Code) ? $"(node \"{node.Name}\")" : node.Code;
        CheckContent(node, where, content, isTop, add);
        if (string.IsNullOrWhiteSpace(node.Code)) add(where, "the node has no code");
        else if (node.Code.Length > MaxNodeCode) add(where[..MaxNodeCode] + "…", $"the code is longer than {MaxNodeCode} characters");
        if (string.IsNullOrWhiteSpace(node.Name)) add(where, "the node has no name");
        if (node.Max < 0) add(where, $"the maximum {NumberText.Invariant(node.Max)} is negative");
        if (node.Max > ScoringRule.MaxPoints) add(where, $"the maximum {NumberText.Invariant(node.Max)} is above {NumberText.Invariant(ScoringRule.MaxPoints)}");

        if (node.IsLeaf)
        {
            if (node.Rule is null) add(where, "the sub-criterion has no scoring rule");
            else foreach (var p in node.Rule.Problems(node.Max)) add(where, p);
            return;
        }
        if (node.Rule is not null) add(where, "a node with children cannot have a scoring rule");

        // Children over the limit are reported on their own; adding them up could overflow.
        if (node.Children.Any(c => Math.Abs(c.Max) > ScoringRule.MaxPoints)) return;
        // The bonus content caps whatever its items add up to; inside it every item's cap counts in its parent's sum.
        if (isTop && content == ContentKind.Bonus) return;
        var sum = node.Children.Where(c => content == ContentKind.Bonus || c.CountsTowardMax).Sum(c => c.Max);
        if (node.CapAtMax && sum < node.Max)
            add(where, $"capped at {NumberText.Invariant(node.Max)} but its children add up to only {NumberText.Invariant(sum)}");
        else if (!node.CapAtMax && sum != node.Max)
            add(where, $"the children's maxima add up to {NumberText.Invariant(sum)}, not {NumberText.Invariant(node.Max)}");
    }

    /// <summary>A content's own settings are given on its top-level node only, and its items are scored as the content is.</summary>
    private static void CheckContent(FrameworkNode node, string where, ContentKind content, bool isTop, Action<string, string> add)
    {
        if (!isTop && node.Content != ContentKind.Area)
            add(where, "only a top-level node can be the survey or the bonus/penalty content");
        var bonusContent = isTop && content == ContentKind.Bonus;
        if (!bonusContent && node.Floor != 0) add(where, "only the bonus/penalty content has a floor");
        if (!bonusContent && node.CapTotal) add(where, "only the bonus/penalty content can cap the total");
        if (bonusContent && (node.Floor > 0 || node.Floor < -ScoringRule.MaxPoints))
            add(where, $"the floor {NumberText.Invariant(node.Floor)} must lie between −{NumberText.Invariant(ScoringRule.MaxPoints)} and 0");
        if (node.IsLeaf && node.Rule is { } rule)
        {
            if (content == ContentKind.Bonus && rule is not BonusRule)
                add(where, $"an item of the bonus/penalty content is scored by a bonus rule, not {rule.Kind}");
            else if (content == ContentKind.Survey && rule is BonusRule)
                add(where, "the survey content cannot hold bonus points: put them in the bonus/penalty content");
        }
    }

    /// <summary>The problems of a band list on its own, for a period that overrides its frameworks' bands.</summary>
    public static IReadOnlyList<FrameworkProblem> ValidateBands(IReadOnlyList<Band> bands)
    {
        var problems = new List<FrameworkProblem>();
        CheckBands(bands, (where, message) => problems.Add(new FrameworkProblem(where, message)));
        return problems;
    }

    private static void CheckBands(IReadOnlyList<Band> bands, Action<string, string> add)
    {
        if (bands.Count == 0)
        {
            add("bands", "the band list is empty");
            return;
        }
        foreach (var b in bands.Where(b => string.IsNullOrWhiteSpace(b.Label)))
            add("bands", $"the band from {NumberText.Invariant(b.Min)} has no label");
        foreach (var g in bands.GroupBy(b => b.Label.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            add("bands", $"the label '{Excerpt.Of(g.Key)}' is used by {g.Count()} bands");
        foreach (var g in bands.GroupBy(b => b.Min).Where(g => g.Count() > 1))
            add("bands", $"{g.Count()} bands start at {NumberText.Invariant(g.Key)}");
        foreach (var b in bands.Where(b => b.Min is < 0 or > 100))
            add("bands", $"the band '{Excerpt.Of(b.Label)}' starts at {NumberText.Invariant(b.Min)}, outside 0–100");
        if (bands.Min(b => b.Min) > 0)
            add("bands", $"no band starts at 0: an index below {NumberText.Invariant(bands.Min(b => b.Min))} would have no band");
    }
}
