using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Authorization;

/// <summary>A person who is both a unit's leader and an appraiser assigned to it still cannot appraise their own unit.</summary>
public abstract class ConflictOfInterestTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task An_appraiser_never_appraises_their_own_unit()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 1);
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "1"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "0") })
            await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", leaf, input, 0, "có văn bản")));
        await World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(World.PeriodId, "A")));
        World.Clock.Now = World.On(4, 7);
        await World.AdvanceConfirmedAsync();   // B, C and D never submitted: they go to appraisal as they stand
        await World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(World.PeriodId, "tham-dinh-1", "A", null)));
        var both = Actor.Of("u-tham-dinh-1", "Lãnh đạo kiêm thẩm định", World.UnitIds["A"], Role.UnitLead, Role.Appraiser);

        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db =>
            new AppraiseScoreHandler(db, World.Clock).HandleAsync(both, new AppraiseScore(World.PeriodId, "A", "1.3", "1", "tự thẩm định", 0))));
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db =>
            new CompleteAppraisalHandler(db, World.Clock).HandleAsync(both, new CompleteAppraisal(World.PeriodId, "A"))));
    }
}

public sealed class ConflictOfInterestTestsOnSqlite() : ConflictOfInterestTests(DatabaseProvider.Sqlite);

public sealed class ConflictOfInterestTestsOnPostgres() : ConflictOfInterestTests(DatabaseProvider.Postgres);
