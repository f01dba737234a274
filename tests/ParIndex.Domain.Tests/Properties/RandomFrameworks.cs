using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Properties;

/// <summary>Random valid frameworks and inputs for property tests, seeded so a failure can be replayed.</summary>
internal sealed class RandomFrameworks(int seed)
{
    private readonly Random _random = new(seed);

    public Framework Framework(bool withBonus)
    {
        var areas = Enumerable.Range(1, _random.Next(1, 9)).Select(a =>
        {
            var criteria = Enumerable.Range(1, _random.Next(1, 5)).Select(c =>
            {
                var leaves = Enumerable.Range(1, _random.Next(1, 5)).Select(s => Leaf($"{a}.{c}.{s}")).ToList();
                if (withBonus && _random.Next(4) == 0) leaves.Add(Build.Leaf($"{a}.{c}.9", 1, new BonusRule(Cap: 1, PerItem: 0.25m, Floor: -1)));
                return new FrameworkNode($"{a}.{c}", $"Tiêu chí {a}.{c}", leaves.Where(l => l.CountsTowardMax).Sum(l => l.Max), leaves);
            }).ToList();
            return new FrameworkNode($"{a}", $"Lĩnh vực {a}", criteria.Sum(c => c.Max), criteria);
        }).ToList();
        return Build.Framework([.. areas]);
    }

    /// <summary>
    /// A bonus/penalty content with its groups of bonus and penalty items, each with its own cap or floor, the content
    /// within a random [floor, cap]; with <paramref name="capTotal"/> it keeps the total within the maximum.
    /// </summary>
    public FrameworkNode BonusContent(bool capTotal = false)
    {
        var bonuses = Enumerable.Range(1, _random.Next(1, 4)).Select(i =>
        {
            var cap = _random.Next(1, 9) * 0.25m;
            return Build.Leaf($"T.1.{i}", cap, new BonusRule(Cap: cap, PerItem: _random.Next(2) == 0 ? null : 0.25m));
        }).ToList();
        var penalties = Enumerable.Range(1, _random.Next(1, 4))
            .Select(i => Build.Leaf($"T.2.{i}", 0, new BonusRule(Cap: 0, PerItem: -_random.Next(1, 5) * 0.25m, Floor: -_random.Next(1, 13) * 0.25m))).ToList();
        return new FrameworkNode("T", "Điểm thưởng, điểm trừ", _random.Next(0, 13) * 0.25m,
        [
            FrameworkNode.Inner("T.1", "Điểm thưởng", bonuses.Sum(b => b.Max), [.. bonuses]),
            FrameworkNode.Inner("T.2", "Điểm trừ", 0, [.. penalties]),
        ], Content: ContentKind.Bonus, Floor: -_random.Next(0, 13) * 0.25m, CapTotal: capTotal);
    }

    /// <summary>Valid inputs for every leaf; about one in ten not applicable, but never all of them.</summary>
    public LeafInput[] Inputs(CompiledFramework framework)
    {
        var inputs = framework.Rules.Select((rule, l) => _random.Next(10) == 0 ? LeafInput.NotApplicable : Input(rule, framework.Nodes[framework.LeafNodes[l]].Max)).ToArray();
        var first = Array.FindIndex(framework.LeafNodes, n => framework.Nodes[n].CountsTowardMax);
        if (inputs.Where((_, l) => framework.Nodes[framework.LeafNodes[l]].CountsTowardMax).All(i => i.Kind == InputKind.NotApplicable))
            inputs[first] = Input(framework.Rules[first], framework.Nodes[framework.LeafNodes[first]].Max);
        return inputs;
    }

    private FrameworkNode Leaf(string code)
    {
        var max = _random.Next(1, 13) * 0.25m;
        ScoringRule rule = _random.Next(7) switch
        {
            0 => new PassFailRule(),
            1 => new OptionsRule([new("full", "Đầy đủ", max), new("half", "Một phần", max / 2), new("none", "Không", 0)]),
            2 => new TiersRule(new TierScale(TierBasis.Ratio, [new Tier(0.9m, max), new Tier(0.7m, max / 2), new Tier(0, 0)])),
            3 => new ProportionalRule(),
            4 => new DeductionRule(0.25m),
            5 => new ManualRule(0.25m),
            _ => new SurveyRule("SIPAS", SurveyMode.Proportional),
        };
        return Build.Leaf(code, max, rule);
    }

    private LeafInput Input(ScoringRule rule, decimal max) => rule switch
    {
        PassFailRule => LeafInput.Pass(_random.Next(2) == 0),
        OptionsRule o => LeafInput.Option(o.Options[_random.Next(o.Options.Count)].Key),
        DeductionRule => LeafInput.Count(_random.Next(20)),
        BonusRule { PerItem: null } b => LeafInput.Points(b.Floor + _random.Next((int)((b.Cap - b.Floor) / 0.25m) + 1) * 0.25m),
        BonusRule => LeafInput.Count(_random.Next(6)),
        ManualRule => LeafInput.Points(_random.Next((int)(max / 0.25m) + 1) * 0.25m),
        _ => LeafInput.RatioOf(_random.Next(0, 101), 100),
    };

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public IEnumerable<T> Shuffle<T>(IEnumerable<T> items) => items.OrderBy(_ => _random.Next());
}
