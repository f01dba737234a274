using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Api;

/// <summary>
/// A period whose self-assessment is open now, by the real clock the running site uses (the world's 2025 period is
/// long closed), with users of A, B and the secretariat, each holding a personal API token.
/// </summary>
internal sealed class ApiTestYear(World world)
{
    public int PeriodId { get; private set; }

    public Dictionary<string, string> Tokens { get; } = [];

    public async Task<ApiTestYear> SetUpAsync()
    {
        var now = DateTimeOffset.UtcNow;
        world.Clock.Now = now;
        var deadlines = new PeriodDeadlines(now.AddDays(-1), now.AddDays(10), now.AddDays(20), now.AddDays(30), now.AddDays(40));
        PeriodId = (await world.Run(db => new CreatePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat, new CreatePeriod(now.Year, "CCHC thử API", deadlines, ["TEST-SO"])))).Id;
        await world.Run(db => new AdvancePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat, new AdvancePeriod(PeriodId)));
        foreach (var (user, role, unit) in new[] { ("can-bo-a", Role.UnitEditor, "A"), ("lanh-dao-a", Role.UnitLead, "A"), ("can-bo-b", Role.UnitEditor, "B"), ("thu-ky", Role.Secretariat, null) })
        {
            await SiteSession.AddUserAsync(world, user, role, unit);
            var actor = await world.Run(db => new GetActorHandler(db).HandleAsync(new GetActor(user)));
            Tokens[user] = (await world.Run(db => new CreateApiTokenHandler(db, world.Clock).HandleAsync(actor, new CreateApiToken("Kịch bản " + user, 30)))).Token;
        }
        return this;
    }
}
