using ParIndex.Domain.Ranking;

namespace ParIndex.Domain.Analysis;

/// <summary>
/// A Monte Carlo run over the uncertain inputs. Each draw multiplies every area's weight by 1 + u·<see cref="WeightNoise"/>
/// (u uniform in [−1, 1], one u per area, the same for every unit; 0.1 = ±10 %) and draws each interval's input
/// uniformly between its bounds. The same <see cref="Seed"/> gives the same draws.
/// </summary>
public sealed record RobustnessOptions(int Draws = 1000, decimal WeightNoise = 0.1m, int Seed = 1, IReadOnlyList<LeafInterval>? Intervals = null, RankingPolicy? Policy = null)
{
    public static readonly decimal[] Quantiles = [0.05m, 0.5m, 0.95m];
}

/// <summary>
/// The interval within which one unit's input to one sub-criterion is uncertain, such as a survey indicator's
/// confidence interval (on the input's own scale: a ratio 0–1 for a survey score). The input keeps its kind; only its
/// value is drawn, and the leaf is re-scored by its own rule.
/// </summary>
public sealed record LeafInterval(string Unit, string Leaf, decimal Low, decimal High);
