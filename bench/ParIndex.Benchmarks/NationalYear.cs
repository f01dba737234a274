using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Benchmarks;

/// <summary>
/// A synthetic national year at full scale: 4,000 units scored on a framework of 8 areas, 32 criteria and 100
/// sub-criteria of every rule kind, with last year's published results and 200 lineage events (merges, renames,
/// splits). Seeded, so every run measures the same work.
/// </summary>
internal sealed class NationalYear
{
    public const int Units = 4000;

    public NationalYear(int seed = 2025)
    {
        var random = new Random(seed);
        Framework = CompiledFramework.Compile(BuildFramework());
        UnitList = [.. Enumerable.Range(0, Units).Select(i => new Unit($"U{i:0000}", $"Đơn vị {i}", "Tỉnh, thành phố"))];
        Inputs = [.. UnitList.Select(_ => Framework.Rules.Select((rule, l) => RandomInput(rule, Framework.Nodes[Framework.LeafNodes[l]].Max, random)).ToArray())];
        Previous = [.. UnitList.Select((u, i) => new PreviousResult(u.Code, u.Name, Math.Round(60m + (decimal)random.NextDouble() * 40m, 2), i + 1))];
        Lineage = [.. Enumerable.Range(0, 200).Select(i => (i % 4) switch
        {
            0 or 1 => new LineageEvent($"OLD{i:000}", UnitList[i * 10].Code, LineageKind.Merge, 2025),
            2 => new LineageEvent($"OLD{i:000}", UnitList[i * 10].Code, LineageKind.Rename, 2025),
            _ => new LineageEvent($"OLD{i:000}", UnitList[i * 10].Code, LineageKind.Split, 2025),
        })];
        Previous = [.. Previous, .. Lineage.Select((e, i) => new PreviousResult(e.From, e.From, 75m + i % 20, Units + i + 1))];
    }

    public CompiledFramework Framework { get; }

    public IReadOnlyList<Unit> UnitList { get; }

    public IReadOnlyList<LeafInput[]> Inputs { get; }

    public IReadOnlyList<PreviousResult> Previous { get; }

    public IReadOnlyList<LineageEvent> Lineage { get; }

    /// <summary>The whole computation of a year: score every unit, rank, band, group statistics, change from last year.</summary>
    public GroupResult Compute()
    {
        var scored = new (Unit, UnitScore)[UnitList.Count];
        for (var i = 0; i < scored.Length; i++) scored[i] = (UnitList[i], UnitScorer.Score(Framework, Inputs[i]));
        var group = GroupScoring.Rank("Tỉnh, thành phố", Framework, scored, Domain.Ranking.RankingPolicy.Exact);
        return YearOverYear.Compare(group, Previous, Lineage, CombineMode.Mean);
    }

    private static Framework BuildFramework()
    {
        // 8 areas × 4 criteria; criteria alternate 3 and 4 sub-criteria except the last two (2 each): 100 leaves.
        var areas = new List<FrameworkNode>();
        var leafCount = 0;
        for (var a = 1; a <= 8; a++)
        {
            var criteria = new List<FrameworkNode>();
            for (var c = 1; c <= 4; c++)
            {
                var n = a == 8 && c >= 3 ? 2 : c % 2 == 1 ? 3 : 4;
                var leaves = Enumerable.Range(1, n).Select(s => Leaf($"{a}.{c}.{s}", leafCount++)).ToList();
                criteria.Add(new FrameworkNode($"{a}.{c}", $"Tiêu chí {a}.{c}", leaves.Sum(l => l.Max), leaves));
            }
            areas.Add(new FrameworkNode($"{a}", $"Lĩnh vực {a}", criteria.Sum(c => c.Max), criteria));
        }
        return new Framework("BENCH", "Bộ chỉ số đo hiệu năng", "Tỉnh, thành phố",
            [new("A", 90), new("B", 80), new("C", 70), new("D", 0)], areas);
    }

    private static FrameworkNode Leaf(string code, int ordinal)
    {
        ScoringRule rule = (ordinal % 8) switch
        {
            0 => new PassFailRule(),
            1 => new OptionsRule([new("ontime", "Đúng hạn", 1), new("late", "Chậm", 0.5m), new("none", "Không", 0)]),
            2 => new TiersRule(new TierScale(TierBasis.Ratio, [new Tier(0.9m, 1), new Tier(0.7m, 0.5m), new Tier(0, 0)])),
            3 => new ProportionalRule(),
            4 => new DeductionRule(0.25m),
            5 => new TiersRule(new TierScale(TierBasis.Count, [new Tier(12, 1), new Tier(6, 0.5m), new Tier(0, 0)])),
            6 => new ManualRule(0.25m),
            _ => new SurveyRule("SIPAS", SurveyMode.Proportional),
        };
        return new FrameworkNode(code, $"Tiêu chí thành phần {code}", 1, [], rule);
    }

    private static LeafInput RandomInput(ScoringRule rule, decimal max, Random random)
    {
        if (random.Next(50) == 0) return LeafInput.NotApplicable;
        return rule switch
        {
            PassFailRule => LeafInput.Pass(random.Next(5) > 0),
            OptionsRule o => LeafInput.Option(o.Options[random.Next(o.Options.Count)].Key),
            TiersRule { Scale.Basis: TierBasis.Count } or DeductionRule => LeafInput.Count(random.Next(15)),
            ManualRule => LeafInput.Points(random.Next(5) * 0.25m * max),
            _ => LeafInput.RatioOf(random.Next(60, 101), 100),
        };
    }
}
