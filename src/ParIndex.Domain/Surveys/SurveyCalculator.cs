using System.Globalization;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// Summarises weighted responses in one pass with constant memory per measure. For each response and each measure
/// (a SIPAS factor, a PAR survey indicator, a DDCI indicator) the respondent's score is the mean of their Likert answers
/// to that measure's questions; the measure's estimate is then over respondents (see <see cref="Estimate"/>), so a
/// respondent counts once per measure however many of its questions they answered. Scaling every weight by the same
/// factor, or adding an identical copy of every response, leaves every share, mean and gap unchanged.
/// </summary>
public sealed class SurveyCalculator
{
    private static readonly Dimension[] Dimensions = Enum.GetValues<Dimension>();

    private readonly SurveyOptions _options;
    private readonly Func<string, string?>? _groupOf;
    private readonly (MeasureKey Key, string[] Questions)[] _measures;
    private readonly (MeasureKey Key, (string Satisfaction, string Expectation)[] Pairs)[] _gaps;
    private readonly Dictionary<string, Scope> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Scope> _groups = new(StringComparer.Ordinal);
    private readonly Scope _overall = new();

    /// <param name="groupOf">The group of a unit code (e.g. its unit group), or null for none.</param>
    public SurveyCalculator(Questionnaire questionnaire, SurveyOptions options, Func<string, string?>? groupOf = null)
    {
        _options = options;
        _groupOf = groupOf;
        var likert = questionnaire.Questions.Where(q => q.Type == QuestionType.Likert5 && q.ExpectationOf is null).ToList();
        _measures = [.. Dimensions.SelectMany(d => likert.Where(q => q.KeyOf(d) is not null).GroupBy(q => q.KeyOf(d)!, StringComparer.Ordinal)
            .Select(g => (new MeasureKey(d, g.Key), g.Select(q => q.Code).ToArray())))];
        var expectations = questionnaire.Questions.Where(q => q.ExpectationOf is not null && questionnaire.Find(q.ExpectationOf) is not null)
            .Select(q => (Satisfaction: questionnaire.Find(q.ExpectationOf!)!, Expectation: q)).ToList();
        _gaps = [.. Dimensions.SelectMany(d => expectations.Where(p => p.Satisfaction.KeyOf(d) is not null)
            .GroupBy(p => p.Satisfaction.KeyOf(d)!, StringComparer.Ordinal)
            .Select(g => (new MeasureKey(d, g.Key), g.Select(p => (p.Satisfaction.Code, p.Expectation.Code)).ToArray())))];
    }

    public void Add(Respondent respondent, double weight)
    {
        if (weight <= 0 || double.IsNaN(weight)) return;
        var scopes = new List<Scope> { ScopeOf(_units, respondent.Unit), _overall };
        if (_groupOf?.Invoke(respondent.Unit) is { } group) scopes.Add(ScopeOf(_groups, group));
        foreach (var scope in scopes) scope.Respondents++;
        foreach (var (key, questions) in _measures)
        {
            double sum = 0;
            var n = 0;
            foreach (var q in questions)
                if (Score(respondent, q) is { } s) { sum += s; n++; }
            if (n == 0) continue;
            foreach (var scope in scopes) scope.Measure(key).Add(sum / n, weight, _options.Threshold);
        }
        foreach (var (key, pairs) in _gaps)
        {
            double sum = 0;
            var n = 0;
            foreach (var (satisfaction, expectation) in pairs)
                if (Score(respondent, satisfaction) is { } s && Score(respondent, expectation) is { } e) { sum += e - s; n++; }
            if (n == 0) continue;
            foreach (var scope in scopes) scope.Gap(key, sum / n, weight);
        }
    }

    public SurveyResults Results()
    {
        var units = _units.OrderBy(u => u.Key, StringComparer.Ordinal).Select(u => Result(u.Key, u.Value)).ToList();
        var ranked = units.Where(u => !u.BelowMinimum && u.SipasIndex is not null).OrderByDescending(u => u.SipasIndex).ToList();
        var ranks = new Dictionary<string, int>();
        for (var i = 0; i < ranked.Count; i++)
            ranks[ranked[i].Scope] = i > 0 && ranked[i].SipasIndex == ranked[i - 1].SipasIndex ? ranks[ranked[i - 1].Scope] : i + 1;
        units = [.. units.Select(u => ranks.TryGetValue(u.Scope, out var r) ? u with { Rank = r } : u)];
        var groups = _groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Result(g.Key, g.Value)).ToList();
        return new SurveyResults(units, groups, Result("", _overall));
    }

    private ScopeResult Result(string name, Scope scope)
    {
        var measures = scope.Measures.Select(m => (m.Key, Estimate: m.Value.Result())).Where(m => m.Estimate is not null)
            .ToDictionary(m => m.Key, m => m.Estimate!);
        var gaps = scope.Gaps.Where(g => g.Value.W > 0).ToDictionary(g => g.Key, g => g.Value.Sum / g.Value.W);
        double? index = null;
        var factors = SipasFactor.All.Keys.Select(f => measures.GetValueOrDefault(new MeasureKey(Dimension.SipasFactor, f))).ToList();
        if (factors.All(f => f is not null))
        {
            var weights = SipasFactor.All.Keys.Select(_options.WeightOf).ToList();
            if (weights.Sum() > 0) index = factors.Zip(weights, (f, w) => f!.Share * w).Sum() / weights.Sum();
        }
        return new ScopeResult(name, scope.Respondents, scope.Respondents < _options.MinRespondents, measures, gaps, index, null);
    }

    private static double? Score(Respondent respondent, string question) =>
        respondent.Answers.TryGetValue(question, out var v) && v.Length == 1
        && double.TryParse(v[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : null;

    private static Scope ScopeOf(Dictionary<string, Scope> scopes, string key)
    {
        if (!scopes.TryGetValue(key, out var scope)) scopes[key] = scope = new Scope();
        return scope;
    }

    private sealed class Scope
    {
        public int Respondents;
        public readonly Dictionary<MeasureKey, Accumulator> Measures = [];
        public readonly Dictionary<MeasureKey, (double Sum, double W)> Gaps = [];

        public Accumulator Measure(MeasureKey key)
        {
            if (!Measures.TryGetValue(key, out var a)) Measures[key] = a = new Accumulator();
            return a;
        }

        public void Gap(MeasureKey key, double gap, double weight)
        {
            var (sum, w) = Gaps.GetValueOrDefault(key);
            Gaps[key] = (sum + weight * gap, w + weight);
        }
    }
}
