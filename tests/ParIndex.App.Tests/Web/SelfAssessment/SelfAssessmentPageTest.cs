using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.SelfAssessment;

/// <summary>The world's period opened for self-assessment on 10/02/2025, its form on the real site, someone signed in.</summary>
public abstract class SelfAssessmentPageTest(DatabaseProvider provider) : ProviderTest(provider)
{
    private protected string Form => $"/tu-danh-gia/{World.PeriodId}";

    private protected async Task<SiteSession> OpenAsync(string user = "bien.tap.a")
    {
        World.Clock.Now = World.On(2, 10);
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        var site = await SiteSession.StartAsync(World);
        await site.SignInAsAsync(user);
        return site;
    }
}
