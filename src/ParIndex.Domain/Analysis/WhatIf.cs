using ParIndex.Domain.Results;

namespace ParIndex.Domain.Analysis;

/// <summary>
/// A sub-criterion the unit lost points on: the index it would gain with full points there
/// (<see cref="Lost"/> × 100 ÷ the unit's applicable maximum), the share of its peers who achieve it (other units of
/// the group where it applies that lost nothing on it; 0 when none applies), and the priority = gain × that share:
/// the index gained per unit of effort, taking what peers achieve as the measure of how hard it is.
/// </summary>
public sealed record WhatIfOption(string Code, string Name, decimal Max, decimal Points, decimal Lost, decimal IndexGain, int PeersAchieving, int Peers, decimal Priority)
{
    public decimal PeerShare => Peers == 0 ? 0m : (decimal)PeersAchieving / Peers;
}

/// <summary>
/// What it takes to reach a target index (a band's lower bound, or the index of the nearest unit ranked above, which
/// a tie shares the rank of): the index and points still needed, and the options, in priority order, whose lost
/// points together cover them (null when all of them together do not).
/// </summary>
public sealed record WhatIfTarget(string Label, decimal TargetIndex, decimal IndexNeeded, decimal PointsNeeded, IReadOnlyList<WhatIfOption>? Path);

/// <summary>A unit's what-if: its options in priority order, and the next band and next rank up (null at the top).</summary>
public sealed record WhatIfPlan(string Code, string Name, decimal Index, int Rank, string Band, IReadOnlyList<WhatIfOption> Options, WhatIfTarget? NextBand, WhatIfTarget? NextRank);

public static class WhatIf
{
    public static WhatIfPlan For(GroupResult result, string code)
    {
        var u = result.Units.FirstOrDefault(x => string.Equals(x.Unit.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"{code}: no such unit in group {result.Group}", nameof(code));
        var framework = result.Framework;
        var score = u.Score;
        var options = new List<WhatIfOption>();
        for (var l = 0; l < framework.LeafNodes.Length; l++)
        {
            var lost = score.PointsLost(l);
            if (lost <= 0) continue;
            var node = framework.LeafNodes[l];
            int peers = 0, achieving = 0;
            foreach (var p in result.Units)
            {
                if (ReferenceEquals(p, u) || p.Score.ApplicableMax[node] == 0) continue;
                peers++;
                if (p.Score.PointsLost(l) == 0) achieving++;
            }
            var gain = lost * 100m / score.TotalMax;
            var share = peers == 0 ? 0m : (decimal)achieving / peers;
            options.Add(new WhatIfOption(framework.Nodes[node].Code, framework.Nodes[node].Name, framework.Nodes[node].Max, score.Points[node], lost, gain, achieving, peers, gain * share));
        }
        options = [.. options.OrderByDescending(o => o.Priority).ThenByDescending(o => o.IndexGain)];

        var bandAt = Array.IndexOf(framework.BandsDescending, u.Band);
        var nextBand = bandAt > 0 ? Target(framework.BandsDescending[bandAt - 1].Label, framework.BandsDescending[bandAt - 1].Min, u, options) : null;
        var above = result.Units.Where(p => p.Index > u.Index).MinBy(p => p.Index);
        var nextRank = above is null ? null : Target($"{above.Unit.Code} ({above.Rank})", above.Index, u, options);
        return new WhatIfPlan(u.Unit.Code, u.Unit.Name, u.Index, u.Rank, u.Band.Label, options, nextBand, nextRank);
    }

    private static WhatIfTarget Target(string label, decimal index, UnitResult u, IReadOnlyList<WhatIfOption> options)
    {
        var indexNeeded = index - u.Index;
        var pointsNeeded = indexNeeded * u.Score.TotalMax / 100m;
        var path = new List<WhatIfOption>();
        decimal covered = 0;
        foreach (var o in options)
        {
            if (covered >= pointsNeeded) break;
            path.Add(o);
            covered += o.Lost;
        }
        return new WhatIfTarget(label, index, indexNeeded, pointsNeeded, covered >= pointsNeeded ? path : null);
    }
}
