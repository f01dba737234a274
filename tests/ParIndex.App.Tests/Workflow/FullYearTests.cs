using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>
/// A whole assessment year through the use cases, on a real database. Four departments; figures by hand from
/// <see cref="World"/>'s framework:
/// A: 1 + 2 + 0.75→0.5 (appraisal) + 2 + 1.5 + survey 0.85×2 = 1.7 → 8.7 / 10 = 87.00 %.
/// B: 0.5 + 1 + 1 + pass→fail (appraisal)→pass (appeal accepted) 2 + 2 + 1.8 → 8.3 / 10 = 83.00 %.
/// C (late, extension): 0 + 1 + 0.5 + NA + 1 + 1.6 → 4.1 / 8 = 51.25 %; its appeal on 1.2 is rejected.
/// D (returned once): 1 + 2 + 1 + 2 + 2→1 (appraisal: two late dossiers) + 1.9 → 8.9 / 10 = 89.00 %.
/// Ranking D 1, A 2, B 3, C 4; mean (89 + 87 + 83 + 51.25) / 4 = 77.5625.
/// </summary>
public abstract class FullYearTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task A_year_from_opening_to_published_and_verified_results()
    {
        var published = await new YearScript(World).PublishAsync();
        var clock = World.Clock;
        Assert.Equal(64, Assert.Single(published).Sha256.Length);

        var results = (await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(World.PeriodId, World.Group)))).Results;
        Assert.Equal(["D", "A", "B", "C"], results.Units.Select(u => u.Unit.Code));
        Assert.Equal([1, 2, 3, 4], results.Units.Select(u => u.Rank));
        Assert.Equal([89.00m, 87.00m, 83.00m, 51.25m], results.Units.Select(u => u.PublishedIndex));
        Assert.Equal(8m, results.Units.Single(u => u.Unit.Code == "C").Score.TotalMax);
        Assert.Equal(["Tốt", "Tốt", "Tốt", "Trung bình"], results.Units.Select(u => u.Band.Label));
        Assert.Equal(77.5625m, results.Statistics.Mean);

        var verification = await World.Run(db => new VerifyResultsHandler(db).HandleAsync(World.Viewer, new VerifyResults(World.PeriodId)));
        Assert.True(Assert.Single(verification).Ok);
        Assert.Null(await World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None)));

        await World.Run(async db =>
        {
            Assert.All(await db.Submissions.ToListAsync(), s => Assert.Equal(SubmissionState.Final, s.State));
            Assert.Equal(PeriodState.Published, (await db.Periods.SingleAsync()).State);
            // Nothing is overwritten: D's 1.3 has two self-assessed versions, B's 2.1 all four stages.
            Assert.Equal([1, 2], await db.Scores.Where(s => s.LeafCode == "1.3" && s.Stage == ScoreStage.SelfAssessed && s.SubmissionId ==
                db.Submissions.Single(x => x.Unit.Code == "D").Id).OrderBy(s => s.Version).Select(s => s.Version).ToListAsync());
            var b21 = await db.Scores.Where(s => s.LeafCode == "2.1" && s.SubmissionId == db.Submissions.Single(x => x.Unit.Code == "B").Id)
                .Select(s => new { s.Stage, s.Points }).ToListAsync();
            Assert.Equal([(ScoreStage.SelfAssessed, 2m), (ScoreStage.Appraised, 0m), (ScoreStage.Appeal, 2m), (ScoreStage.Final, 2m)],
                b21.OrderBy(s => s.Stage).Select(s => (s.Stage, s.Points)));
            Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "submission.extend" && a.Reason == "Đơn vị mới sáp nhập");
            // B's appeal is supported by the decision it uploaded during the appeal window.
            var appealB = await db.Appeals.SingleAsync(a => a.LeafCode == "2.1");
            var document = await db.Evidence.SingleAsync(d => d.Id == db.AppealEvidence.Single(e => e.AppealId == appealB.Id).DocumentId);
            Assert.Equal("12/QĐ-SXD", document.Number);
            Assert.Empty(await db.EvidenceLinks.Where(l => l.DocumentId == document.Id).ToListAsync());
        });
    }
}

public sealed class FullYearTestsOnSqlite() : FullYearTests(DatabaseProvider.Sqlite);

public sealed class FullYearTestsOnPostgres() : FullYearTests(DatabaseProvider.Postgres);
