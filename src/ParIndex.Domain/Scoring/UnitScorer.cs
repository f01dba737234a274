using System.Runtime.CompilerServices;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// Scores one unit's inputs on a compiled framework: leaves by their rules, inner nodes by summing children, a
/// bonus/penalty content held within its floor and cap; the total is the sum of the top-level nodes, never below zero
/// (decision 013).
/// </summary>
public static class UnitScorer
{
    /// <summary>Above this many nodes the scratch points of a palette row are taken from the heap, not the stack.</summary>
    private const int StackNodes = 512;

    /// <summary>
    /// Scores the inputs, given by leaf ordinal. Every input must have been accepted by its rule
    /// (<see cref="Rules.ScoringRule.Reject"/>); an unacceptable one throws, since scoring it would publish a wrong number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UnitScore Score(CompiledFramework framework, LeafInput[] inputs)
    {
        if (inputs.Length != framework.LeafNodes.Length)
            throw new ArgumentException($"expected {framework.LeafNodes.Length} inputs, got {inputs.Length}", nameof(inputs));
        var points = new decimal[framework.Nodes.Length];
        var max = new decimal[framework.Nodes.Length];
        var (totalPoints, totalMax) = Tree(framework, new RuleLeaves(framework, inputs), points, max);
        return new UnitScore(framework, inputs, AreasOf(framework, points), AreasOf(framework, max), new NodeScores(points, max), totalPoints, totalMax);
    }

    /// <summary>
    /// Scores one unit's row of a palette the same way, each input's points taken from the palette. Only the areas'
    /// points are kept: every node's are worked out again if asked for (<see cref="UnitScore.Points"/>), so a national
    /// year's scores stay small.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UnitScore Score(InputPalette palette, int[] row)
    {
        var framework = palette.Framework;
        var inputs = (PaletteRow)palette.Row(row);
        var n = framework.Nodes.Length;
        Span<decimal> points = n <= StackNodes ? stackalloc decimal[n] : new decimal[n];
        Span<decimal> max = n <= StackNodes ? stackalloc decimal[n] : new decimal[n];
        var (totalPoints, totalMax) = Tree(framework, new PaletteLeaves(inputs), points, max);
        return new UnitScore(framework, inputs, AreasOf(framework, points), AreasOf(framework, max), null, totalPoints, totalMax);
    }

    /// <summary>Every node's points and applicable maximum of a palette row (what <see cref="Score(InputPalette, int[])"/> did not keep).</summary>
    internal static NodeScores Nodes(PaletteRow inputs)
    {
        var framework = inputs.Palette.Framework;
        var points = new decimal[framework.Nodes.Length];
        var max = new decimal[framework.Nodes.Length];
        Tree(framework, new PaletteLeaves(inputs), points, max);
        return new NodeScores(points, max);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (decimal Points, decimal Max) Tree<TLeaves>(CompiledFramework framework, TLeaves leaves, Span<decimal> points, Span<decimal> max)
        where TLeaves : ILeafScores
    {
        var parent = framework.Parent;
        var leafOrdinals = framework.LeafOrdinals;
        var nodeMax = framework.NodeMax;
        var capped = framework.Capped;
        var bonus = framework.BonusContent;

        for (var i = parent.Length - 1; i >= 0; i--)
        {
            var leaf = leafOrdinals[i];
            if (leaf >= 0)
                (points[i], max[i]) = leaves.Leaf(leaf, i);
            else if (bonus[i])
                points[i] = Math.Clamp(points[i], framework.Nodes[i].Floor, nodeMax[i]);
            else if (capped[i])
            {
                points[i] = Math.Min(points[i], nodeMax[i]);
                max[i] = Math.Min(max[i], nodeMax[i]);
            }
            if (parent[i] >= 0)
            {
                points[parent[i]] += points[i];
                max[parent[i]] += max[i];
            }
        }

        decimal totalPoints = 0, totalMax = 0;
        foreach (var area in framework.AreaNodes)
        {
            totalPoints += points[area];
            totalMax += max[area];
        }
        // Penalties never take the total below zero; a content that says so keeps it within the maximum.
        totalPoints = Math.Max(totalPoints, 0m);
        if (framework.CapsTotal) totalPoints = Math.Min(totalPoints, totalMax);
        return (totalPoints, totalMax);
    }

    private static decimal[] AreasOf(CompiledFramework framework, ReadOnlySpan<decimal> nodes)
    {
        var areas = new decimal[framework.AreaNodes.Length];
        for (var a = 0; a < areas.Length; a++) areas[a] = nodes[framework.AreaNodes[a]];
        return areas;
    }

    /// <summary>A leaf's points and applicable maximum, by leaf ordinal and node index.</summary>
    private interface ILeafScores
    {
        (decimal Points, decimal Max) Leaf(int leaf, int node);
    }

    private readonly struct RuleLeaves(CompiledFramework framework, LeafInput[] inputs) : ILeafScores
    {
        public (decimal Points, decimal Max) Leaf(int leaf, int node)
        {
            ref readonly var input = ref inputs[leaf];
            var nodeMax = framework.NodeMax[node];
            var rule = framework.Rules[leaf];
            if (rule.Reject(input, nodeMax) is { } why)
                throw new ArgumentException($"{framework.Nodes[node].Code}: {why}", nameof(inputs));
            return (rule.Score(input, nodeMax), input.Kind == InputKind.NotApplicable || !framework.CountsTowardMax[node] ? 0m : nodeMax);
        }
    }

    private readonly struct PaletteLeaves(PaletteRow inputs) : ILeafScores
    {
        public (decimal Points, decimal Max) Leaf(int leaf, int node)
        {
            ref readonly var entry = ref inputs.Entry(leaf);
            if (entry.Rejected is { } why)
                throw new ArgumentException($"{inputs.Palette.Framework.Nodes[node].Code}: {why}", nameof(inputs));
            return (entry.Points, entry.Max);
        }
    }
}
