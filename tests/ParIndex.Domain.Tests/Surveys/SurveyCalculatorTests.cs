using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

public sealed class SurveyCalculatorTests
{
    private static readonly MeasureKey F1 = new(Dimension.SipasFactor, "F1");

    private static Respondent[] Responses() =>
    [
        // Unit A. r1: F1 = mean(5, 3) = 4 → satisfied; r2: F1 = 2 → not.
        Sample.R("r1", "A", ("used", "2"), ("a1", "5"), ("a2", "3"), ("b1", "4"), ("c1", "2"), ("d1", "5"), ("e1", "4"), ("x1", "5")),
        Sample.R("r2", "A", ("used", "2"), ("a1", "2"), ("b1", "5"), ("c1", "4"), ("d1", "3"), ("e1", "5"), ("x1", "4")),
        Sample.R("r3", "B", ("used", "1"), ("online", "5"), ("a1", "4")),
    ];

    private static SurveyResults Compute(double[] weights, SurveyOptions options)
    {
        var calculator = new SurveyCalculator(Sample.Questionnaire(), options, _ => "Sở, ban, ngành");
        foreach (var (r, w) in Responses().Zip(weights)) calculator.Add(r, w);
        return calculator.Results();
    }

    [Fact]
    public void Factor_shares_means_index_and_gaps_by_hand()
    {
        var results = Compute([1, 1, 1], new SurveyOptions(MinRespondents: 2));
        var a = results.Units.Single(u => u.Scope == "A");
        Assert.Equal(2, a.Respondents);
        Assert.Equal(0.5, a.Measures[F1].Share, 12);     // r1 satisfied (4 ≥ 4), r2 not
        Assert.Equal(3.0, a.Measures[F1].Mean, 12);      // (4 + 2) / 2
        Assert.Equal(1.0, a.Measures[new(Dimension.SipasFactor, "F2")].Share, 12);
        Assert.Equal(0.5, a.Measures[new(Dimension.Indicator, "SIPAS.F3")].Share, 12);
        Assert.Equal(0.5, a.Measures[new(Dimension.Ddci, "DDCI.CB")].Share, 12);
        // SIPAS = (0.5 + 1 + 0.5 + 0.5 + 1) / 5.
        Assert.Equal(0.7, a.SipasIndex!.Value, 12);
        // Expectation − satisfaction for F1 pairs (x1, a1): r1 5 − 5 = 0, r2 4 − 2 = 2 → 1.
        Assert.Equal(1.0, a.ExpectationGaps[F1], 12);
        Assert.False(a.Measures.ContainsKey(new(Dimension.Indicator, "SIPAS.DVCTT")));
        Assert.Equal(1, a.Rank);

        var b = results.Units.Single(u => u.Scope == "B");
        Assert.True(b.BelowMinimum);
        Assert.Null(b.Rank);
        Assert.Null(b.SipasIndex);   // only F1 measured
        Assert.Equal(1.0, b.Measures[new(Dimension.Indicator, "SIPAS.DVCTT")].Share);

        Assert.Equal(3, results.Overall.Respondents);
        Assert.Equal(3, Assert.Single(results.Groups).Respondents);
        Assert.Equal(2.0 / 3, results.Overall.Measures[F1].Share, 12);
    }

    [Fact]
    public void Weights_and_threshold_change_the_share()
    {
        // r1 weighs 3, r2 1: F1 share 3/4, mean (3·4 + 1·2) / 4 = 3.5.
        var weighted = Compute([3, 1, 1], new SurveyOptions()).Units.Single(u => u.Scope == "A");
        Assert.Equal(0.75, weighted.Measures[F1].Share, 12);
        Assert.Equal(3.5, weighted.Measures[F1].Mean, 12);
        Assert.True(weighted.BelowMinimum);   // default minimum 30
        Assert.Null(weighted.Rank);

        // Threshold 2: both satisfied.
        Assert.Equal(1.0, Compute([1, 1, 1], new SurveyOptions(Threshold: 2)).Units.Single(u => u.Scope == "A").Measures[F1].Share, 12);
    }

    [Fact]
    public void Factor_weights_weigh_the_index()
    {
        var weights = new Dictionary<string, double> { ["F1"] = 3, ["F2"] = 1, ["F3"] = 0, ["F4"] = 0, ["F5"] = 0 };
        var a = Compute([1, 1, 1], new SurveyOptions(FactorWeights: weights)).Units.Single(u => u.Scope == "A");
        Assert.Equal((3 * 0.5 + 1 * 1.0) / 4, a.SipasIndex!.Value, 12);
    }
}
