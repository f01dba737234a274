using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

/// <summary>Properties over a few hundred seeded random response sets.</summary>
public sealed class SurveyPropertyTests
{
    private static readonly string[] Likert = ["a1", "a2", "b1", "c1", "d1", "e1", "x1"];

    private static (Respondent[] Responses, double[] Weights) RandomSet(Random random)
    {
        var count = random.Next(1, 40);
        var responses = new Respondent[count];
        var weights = new double[count];
        for (var i = 0; i < count; i++)
        {
            var answers = Likert.Where(_ => random.NextDouble() < 0.8).Select(q => (q, random.Next(1, 6).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
            responses[i] = Sample.R($"r{i}", $"U{random.Next(3)}", answers);
            weights[i] = 0.1 + random.NextDouble() * 20;
        }
        return (responses, weights);
    }

    private static SurveyResults Compute(IEnumerable<(Respondent, double)> weighted)
    {
        var calculator = new SurveyCalculator(Sample.Questionnaire(), new SurveyOptions(MinRespondents: 1), _ => "G");
        foreach (var (r, w) in weighted) calculator.Add(r, w);
        return calculator.Results();
    }

    private static void AssertSame(SurveyResults expected, SurveyResults actual)
    {
        foreach (var (e, a) in expected.Units.Append(expected.Overall).Zip(actual.Units.Append(actual.Overall)))
        {
            Assert.Equal(e.Scope, a.Scope);
            Assert.Equal(e.Measures.Keys.Select(k => k.ToString()).Order(), a.Measures.Keys.Select(k => k.ToString()).Order());
            foreach (var (key, estimate) in e.Measures)
            {
                Assert.Equal(estimate.Share, a.Measures[key].Share, 9);
                Assert.Equal(estimate.Mean, a.Measures[key].Mean, 9);
            }
            foreach (var (key, gap) in e.ExpectationGaps) Assert.Equal(gap, a.ExpectationGaps[key], 9);
            Assert.Equal(e.SipasIndex is null, a.SipasIndex is null);
            if (e.SipasIndex is { } index) Assert.Equal(index, a.SipasIndex!.Value, 9);
            Assert.Equal(e.Rank, a.Rank);
        }
    }

    [Fact]
    public void Scaling_every_weight_leaves_shares_means_and_gaps_unchanged()
    {
        var random = new Random(2025);
        for (var i = 0; i < 300; i++)
        {
            var (responses, weights) = RandomSet(random);
            var scale = 0.01 + random.NextDouble() * 100;
            var plain = Compute(responses.Zip(weights));
            var scaled = Compute(responses.Zip(weights.Select(w => w * scale)));
            AssertSame(plain, scaled);
            foreach (var (e, a) in plain.Units.Zip(scaled.Units))
                foreach (var (key, estimate) in e.Measures)
                    Assert.Equal(estimate.EffectiveN, a.Measures[key].EffectiveN, 6);
        }
    }

    [Fact]
    public void Duplicating_every_response_leaves_the_indicators_unchanged_and_narrows_the_intervals()
    {
        var random = new Random(876);
        for (var i = 0; i < 300; i++)
        {
            var (responses, weights) = RandomSet(random);
            var once = responses.Zip(weights).ToList();
            var plain = Compute(once);
            var doubled = Compute(once.Concat(once));
            AssertSame(plain, doubled);
            foreach (var (e, a) in plain.Units.Zip(doubled.Units))
            {
                Assert.Equal(2 * e.Respondents, a.Respondents);
                foreach (var (key, estimate) in e.Measures)
                    if (estimate.ShareCi is { } ci)
                        Assert.True(a.Measures[key].ShareCi!.Value.High - a.Measures[key].ShareCi!.Value.Low <= ci.High - ci.Low + 1e-12);
            }
        }
    }
}
