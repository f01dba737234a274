using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests;

/// <summary>Small frameworks written in tests, so every expected number can be worked out by hand.</summary>
internal static class Build
{
    public static readonly Band[] NationalBands = [new("A", 90), new("B", 80), new("C", 70), new("D", 0)];

    public static readonly Band[] ProvincialBands = [new("Xuất sắc", 90), new("Tốt", 80), new("Khá", 70), new("Trung bình", 50), new("Yếu", 0)];

    public static Framework Framework(params FrameworkNode[] areas) => new("TEST", "Bộ chỉ số thử", "Sở, ban, ngành", ProvincialBands, areas);

    public static CompiledFramework Compile(params FrameworkNode[] areas) => CompiledFramework.Compile(Framework(areas));

    public static FrameworkNode Node(string code, params FrameworkNode[] children) =>
        FrameworkNode.Inner(code, $"Mục {code}", children.Where(c => c.CountsTowardMax).Sum(c => c.Max), children);

    public static FrameworkNode Manual(string code, decimal max, decimal? step = null) => FrameworkNode.Leaf(code, $"Mục {code}", max, new ManualRule(step));

    public static FrameworkNode Leaf(string code, decimal max, ScoringRule rule) => FrameworkNode.Leaf(code, $"Mục {code}", max, rule);

    /// <summary>Scores a unit from (leaf code, input) pairs; leaves not named are missing (0 points).</summary>
    public static UnitScore Score(CompiledFramework framework, params (string Code, LeafInput Input)[] inputs)
    {
        var array = new LeafInput[framework.LeafNodes.Length];
        foreach (var (code, input) in inputs)
            array[framework.LeafOrdinal(framework.NodeIndex(code)!.Value)] = input;
        return UnitScorer.Score(framework, array);
    }

    public static (string, LeafInput) Points(string code, decimal points) => (code, LeafInput.Points(points));

    public static (string, LeafInput) NA(string code) => (code, LeafInput.NotApplicable);

    public static TierScale RatioTiers(params (decimal Min, decimal Points)[] tiers) =>
        new(TierBasis.Ratio, [.. tiers.Select(t => new Tier(t.Min, t.Points))]);
}
