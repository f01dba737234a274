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
    /// <summary>
    /// Scores the inputs, given by leaf ordinal. Every input must have been accepted by its rule
    /// (<see cref="Rules.ScoringRule.Reject"/>); an unacceptable one throws, since scoring it would publish a wrong number.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UnitScore Score(CompiledFramework framework, LeafInput[] inputs)
    {
        if (inputs.Length != framework.LeafNodes.Length)
            throw new ArgumentException($"expected {framework.LeafNodes.Length} inputs, got {inputs.Length}", nameof(inputs));

        var parent = framework.Parent;
        var leafOrdinals = framework.LeafOrdinals;
        var nodeMax = framework.NodeMax;
        var counts = framework.CountsTowardMax;
        var capped = framework.Capped;
        var bonus = framework.BonusContent;
        var rules = framework.Rules;
        var points = new decimal[parent.Length];
        var max = new decimal[parent.Length];

        for (var i = parent.Length - 1; i >= 0; i--)
        {
            var leaf = leafOrdinals[i];
            if (leaf >= 0)
            {
                ref readonly var input = ref inputs[leaf];
                if (rules[leaf].Reject(input, nodeMax[i]) is { } why)
                    throw new ArgumentException($"{framework.Nodes[i].Code}: {why}", nameof(inputs));
                points[i] = rules[leaf].Score(input, nodeMax[i]);
                max[i] = input.Kind == InputKind.NotApplicable || !counts[i] ? 0m : nodeMax[i];
            }
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
        return new UnitScore(framework, inputs, points, max, totalPoints, totalMax);
    }
}
