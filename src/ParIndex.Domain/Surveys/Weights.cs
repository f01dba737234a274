namespace ParIndex.Domain.Surveys;

/// <summary>
/// Survey weights. Design weights: every respondent of stratum h (unit × respondent type) weighs N_h / n_h, the
/// population it stands for divided by the responses received there; with no populations known every weight is 1.
/// Post-stratification: raking (iterative proportional fitting) of the weights within each unit to known population
/// shares of the answers to one or more questions (e.g. sex, age group).
/// </summary>
public static class Weights
{
    /// <summary>N_h / n_h for each stratum with responses; a stratum with responses but no population is a problem.</summary>
    public static (IReadOnlyDictionary<Stratum, double> Weights, IReadOnlyList<string> Problems) Design(
        IReadOnlyDictionary<Stratum, long> responses, IReadOnlyDictionary<Stratum, long>? populations)
    {
        var weights = new Dictionary<Stratum, double>();
        var problems = new List<string>();
        foreach (var (stratum, n) in responses)
        {
            if (n <= 0) continue;
            if (populations is null || populations.Count == 0) { weights[stratum] = 1; continue; }
            if (!populations.TryGetValue(stratum, out var population) || population <= 0)
                problems.Add($"stratum {stratum} has {n} responses but no population");
            else if (population < n)
                problems.Add($"stratum {stratum} has {n} responses, more than its population {population}");
            else weights[stratum] = (double)population / n;
        }
        return (weights, problems);
    }

    /// <summary>
    /// Rakes the weights so that, within each unit, the weighted shares of each margin's answers equal the known
    /// population shares, keeping each unit's total weight. Respondents who did not answer a margin's question keep
    /// their weight for that margin; the others are scaled so their total is unchanged. Stops when no weight moves by
    /// more than 1e-10 relative, or after 100 rounds.
    /// </summary>
    public static double[] Rake(IReadOnlyList<Respondent> respondents, IReadOnlyList<double> weights, IReadOnlyList<Margin> margins)
    {
        var result = weights.ToArray();
        foreach (var unit in respondents.Select((r, i) => (r, i)).GroupBy(x => x.r.Unit))
        {
            var members = unit.Select(x => x.i).ToArray();
            foreach (var margin in margins)
            {
                var codes = members.Where(i => respondents[i].Answers.TryGetValue(margin.Question, out var v) && v.Length == 1).Select(i => respondents[i].Answers[margin.Question][0]).Distinct();
                foreach (var code in codes.Where(c => !margin.Shares.ContainsKey(c)))
                    throw new ArgumentException($"unit {unit.Key}: answer '{code}' to {margin.Question} has no population share");
                foreach (var (code, share) in margin.Shares.Where(s => s.Value > 0))
                    if (!members.Any(i => CodeOf(respondents[i], margin.Question) == code))
                        throw new ArgumentException($"unit {unit.Key}: no respondent answered '{code}' to {margin.Question}, which has population share {share}");
            }
            for (var round = 0; round < 100; round++)
            {
                var moved = 0.0;
                foreach (var margin in margins)
                {
                    var answered = members.Where(i => CodeOf(respondents[i], margin.Question) is not null).ToArray();
                    var total = answered.Sum(i => result[i]);
                    var shareSum = margin.Shares.Values.Sum();
                    var byCode = answered.GroupBy(i => CodeOf(respondents[i], margin.Question)!).ToDictionary(g => g.Key, g => g.Sum(i => result[i]));
                    foreach (var i in answered)
                    {
                        var code = CodeOf(respondents[i], margin.Question)!;
                        var factor = total * margin.Shares[code] / shareSum / byCode[code];
                        moved = Math.Max(moved, Math.Abs(factor - 1));
                        result[i] *= factor;
                    }
                }
                if (moved < 1e-10) break;
            }
        }
        return result;
    }

    private static string? CodeOf(Respondent r, string question) =>
        r.Answers.TryGetValue(question, out var v) && v.Length == 1 ? v[0] : null;
}
