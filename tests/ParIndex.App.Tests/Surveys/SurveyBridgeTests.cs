using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Results;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Surveys;

/// <summary>
/// The year of <see cref="Workflow.FullYearTests"/> with leaf 2.3 (survey indicator SIPAS × 2 points) taken from the
/// survey of <see cref="SurveyFiles"/> (minimum 2 respondents), by hand:
/// A: survey 5/7 → 0.7143 × 2 = 1.4286; 1 + 2 + 0.5 + 2 + 1.5 + 1.4286 = 8.4286 / 10 → 84.29 %.
/// B: survey 1 → 2; 0.5 + 1 + 1 + 2 + 2 + 2 = 8.5 / 10 → 85.00 %.
/// C: survey 0.5 → 1; 0 + 1 + 0.5 + NA + 1 + 1 = 3.5 / 8 → 43.75 %.
/// D: one response, below the minimum: not written by the survey; the secretariat enters 0.95 → 1.9; 8.9 / 10 → 89.00 %.
/// </summary>
public abstract class SurveyBridgeTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private readonly string _dir = Repo.TempDir();

    private async Task DefineAndImportAsync()
    {
        await World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat, new DefineSurvey(
            SurveyFiles.Write(_dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025, MinRespondents: 2,
            PopulationsFile: SurveyFiles.Write(_dir, "pop.csv", SurveyFiles.PopulationsCsv))));
        await World.Run(db => new ImportResponsesHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new ImportResponses(SurveyFiles.Code, SurveyFiles.Write(_dir, "answers.csv", SurveyFiles.AnswersCsv))));
    }

    private Task<SurveyApplied> Apply(Actor actor) =>
        World.Run(db => new ApplySurveyHandler(db, World.Clock).HandleAsync(actor, new ApplySurvey(SurveyFiles.Code, World.PeriodId)));

    [Fact]
    public async Task Survey_indicators_become_the_points_of_the_survey_leaf_and_flow_into_published_results()
    {
        await DefineAndImportAsync();
        SurveyApplied? applied = null;
        await new YearScript(World).PublishAsync(async () =>
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => Apply(World.Council));
            applied = await Apply(World.Secretariat);
            var again = await Apply(World.Secretariat);
            Assert.Equal((0, 3), (again.Written, again.Unchanged));   // applied again: nothing changes
            await World.Run(db => new AppraiseScoreHandler(db, World.Clock).HandleAsync(World.Secretariat,
                new AppraiseScore(World.PeriodId, "D", "2.3", "0.95", "Kết quả điều tra xã hội học 2025", 0)));
            foreach (var reader in new[] { World.Editor("A"), World.Secretariat }) // before publication, both ways of computing it
                AssertSurveySource(await SurveyLineAsync(reader, "A"));
        });
        Assert.Equal(3, applied!.Written);
        var skipped = Assert.Single(applied.Skipped);
        Assert.Equal("D: 1 phiếu, dưới mức tối thiểu 2", skipped.In(Language.Vi));
        Assert.Equal("D: 1 responses, below the minimum 2", skipped.In(Language.En));

        var results = (await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(World.PeriodId, World.Group)))).Results;
        Assert.Equal(["D", "B", "A", "C"], results.Units.Select(u => u.Unit.Code));
        Assert.Equal([89.00m, 85.00m, 84.29m, 43.75m], results.Units.Select(u => u.PublishedIndex));

        var a = await World.Run(db => new GetUnitResultHandler(db).HandleAsync(World.Editor("A"), new GetUnitResult(World.PeriodId, "A")));
        var line = a.Trace.Single(l => l.Code == "2.3");
        Assert.Equal(1.4286m, line.Points);
        Assert.Equal("0.7143", line.Input);
        Assert.StartsWith("Chỉ số khảo sát SIPAS = 71,43", line.Explanation.Vi);
        AssertSurveySource(line);
        AssertSurveySource(await World.Run(db => new GetPublishedUnitResultHandler(db).HandleAsync(new GetPublishedUnitResult(World.PeriodId, "A"))) is var published
            ? published.Trace.Single(l => l.Code == "2.3") : null!);
        var byHand = await SurveyLineAsync(World.Editor("D"), "D"); // entered by the secretariat with its own reason
        Assert.DoesNotContain("Khảo sát", byHand.Explanation.Vi);
        Assert.DoesNotContain("Survey KS-TEST", byHand.Explanation.En);

        var submission = await World.Run(db => new GetSubmissionHandler(db).HandleAsync(World.Editor("A"), new GetSubmission(World.PeriodId, "A")));
        var note = submission.Leaves.Single(l => l.Code == "2.3").Appraised!.Note!;
        Assert.StartsWith("Khảo sát KS-TEST (Khảo sát thử): SIPAS = 71,4% hài lòng (điểm ≥ 4/5), 5 người trả lời, KTC 95% ", note);
        Assert.Contains("Survey KS-TEST: SIPAS = 71,4% satisfied (score ≥ 4 of 5), 5 respondents, 95% CI ", note);
    }

    private async Task<Domain.Results.TraceLine> SurveyLineAsync(Actor reader, string unit) =>
        (await World.Run(db => new GetUnitResultHandler(db).HandleAsync(reader, new GetUnitResult(World.PeriodId, unit)))).Trace.Single(l => l.Code == "2.3");

    /// <summary>The trace line of A's leaf 2.3 names the survey, the share, n and the interval in each language.</summary>
    private static void AssertSurveySource(Domain.Results.TraceLine line)
    {
        Assert.StartsWith("Chỉ số khảo sát SIPAS = 71,43% × 2 điểm tối đa = 1,43 điểm. Khảo sát KS-TEST (Khảo sát thử): SIPAS = 71,4% hài lòng (điểm ≥ 4/5), 5 người trả lời, KTC 95% ", line.Explanation.Vi);
        Assert.DoesNotContain("Survey", line.Explanation.Vi);
        Assert.Contains(". Survey KS-TEST: SIPAS = 71,4% satisfied (score ≥ 4 of 5), 5 respondents, 95% CI ", line.Explanation.En);
        Assert.DoesNotContain("Khảo sát", line.Explanation.En);
    }

    [Fact]
    public async Task Results_by_hand_with_design_weights_and_unit_scope()
    {
        await DefineAndImportAsync();
        var all = await World.Run(db => new GetSurveyResultsHandler(db).HandleAsync(World.Council, new GetSurveyResults(SurveyFiles.Code)));
        var a = all.Units.Single(u => u.Scope == "A");
        var sipas = a.Measures[new MeasureKey(Dimension.Indicator, "SIPAS")];
        Assert.Equal(5.0 / 7, sipas.Share, 9);
        Assert.Equal((100 * (5 + 4 + 3 + 2) + 300 * 5) / 700.0, sipas.Mean, 9);   // 2900 / 700 = 4.142857
        Assert.Equal(700.0 * 700 / (4 * 100 * 100 + 300 * 300), sipas.EffectiveN, 9); // 490000 / 130000 = 3.769
        Assert.Equal(5, a.Respondents);
        Assert.Null(a.SipasIndex);   // only F1 and F2 are asked
        Assert.True(all.Units.Single(u => u.Scope == "D").BelowMinimum);
        Assert.Equal(11, all.Overall!.Respondents);
        Assert.Equal(World.Group, Assert.Single(all.Groups).Scope);

        var own = await World.Run(db => new GetSurveyResultsHandler(db).HandleAsync(World.Lead("B"), new GetSurveyResults(SurveyFiles.Code, "B")));
        Assert.Equal("B", Assert.Single(own.Units).Scope);
        Assert.Null(own.Overall);
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new GetSurveyResultsHandler(db).HandleAsync(World.Lead("B"), new GetSurveyResults(SurveyFiles.Code, "A"))));
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new GetSurveyResultsHandler(db).HandleAsync(World.Lead("B"), new GetSurveyResults(SurveyFiles.Code))));
    }

    [Fact]
    public async Task Applying_outside_the_appraisal_stage_is_refused()
    {
        await DefineAndImportAsync();
        var e = await Assert.ThrowsAsync<WorkflowException>(() => Apply(World.Secretariat));
        Assert.Contains("giai đoạn thẩm định", e.Message);
    }
}

public sealed class SurveyBridgeTestsOnSqlite() : SurveyBridgeTests(DatabaseProvider.Sqlite);

public sealed class SurveyBridgeTestsOnPostgres() : SurveyBridgeTests(DatabaseProvider.Postgres);
