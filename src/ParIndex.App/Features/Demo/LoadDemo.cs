using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Frameworks;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Demo;

/// <summary>
/// Loads the demo province Tỉnh Mẫu from the samples folder (<c>frameworks/</c>, <c>tinh-mau/</c> and
/// <c>surveys/</c>) into an empty database: the two published years 2024 and 2025 (both unit groups, with evidence
/// files, returned and late submissions, appraisal adjustments, appeals and publication); three 2026 periods under way
/// — the departments' in self-assessment, the communes' in appraisal, a trial run with six pilot units in appeals —
/// and the 2026 citizens' survey with its links; plus one demo account per role.
/// </summary>
public sealed record LoadDemo(string SamplesFolder);

/// <summary>
/// A demo account: sign in with <see cref="UserName"/> and <see cref="Password"/>. <see cref="Description"/> says who it
/// is and what to try with it, in the reader's language.
/// </summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string? UnitCode, Message Description);

/// <summary>A period the demo made, with the stage it is left in.</summary>
public sealed record DemoPeriod(int Id, string Name, PeriodState State);

/// <summary>A link to answer the demo survey about a unit, as a site path (<c>/khao-sat/{token}</c>); shown once, like every survey link.</summary>
public sealed record DemoSurveyLink(string UnitCode, string Path);

/// <summary>
/// The demo accounts, the periods loaded — 2024 and 2025 (published), then 2026 in self-assessment, in appraisal and
/// in appeals, in that order — and the survey links issued.
/// </summary>
public sealed record DemoLoaded(IReadOnlyList<DemoAccount> Accounts, IReadOnlyList<DemoPeriod> Periods, IReadOnlyList<DemoSurveyLink> SurveyLinks)
{
    public IReadOnlyList<int> PeriodIds => [.. Periods.Select(p => p.Id)];
}

/// <summary>
/// Loads the demo by calling the use cases one after another, each on its own unit of work (a fresh context from
/// <paramref name="open"/>, as each web request has), exactly as the people of a province would over two years.
/// The use cases run on the demo's own clock, moved forward through each year's deadlines (2024 and 2025 lie in the
/// past), so every deadline is honoured as it is in real life; <paramref name="clock"/> gives the real time of loading,
/// which places the 2026 period: its recent drafts just before now and its deadlines months ahead.
/// </summary>
/// <remarks>
/// <para><b>Demo only.</b> The passwords of <see cref="Accounts"/> are fixed and published (in the source and on the
/// screen): they exist so that anyone can try the demo, and must never be used on a real deployment. The other
/// unit leaders' accounts (one per unit, <c>&lt;code&gt;.lead</c>, which did the work of their units) get random
/// passwords that are not shown.</para>
/// <para>The load is not one transaction: it refuses to start unless the database has no period and none of the
/// demo accounts, and checks every sample file first; a failure halfway (e.g. the database going away) leaves what
/// was done so far, to be removed by recreating the database.</para>
/// </remarks>
public sealed class LoadDemoHandler(Func<AppDbContext> open, TimeProvider clock, IEvidenceStore store, IProgress<Message>? progress = null)
{
    /// <summary>The demo accounts, one per role, and an editor and a leader for SNV, STC and the commune X001. DEMO ONLY.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", "QuanTri-Demo-2024", nameof(Role.Admin), null, DemoMessages.Account(DemoAccountKind.Admin)),
        new("thuongtruc", "ThuongTruc-Demo-2024", nameof(Role.Secretariat), null, DemoMessages.Account(DemoAccountKind.Secretariat)),
        new("hoidong", "HoiDong-Demo-2024", nameof(Role.Council), null, DemoMessages.Account(DemoAccountKind.Council)),
        new("nguoixem", "NguoiXem-Demo-2024", nameof(Role.Viewer), null, DemoMessages.Account(DemoAccountKind.Viewer)),
        new("thamdinh1", "ThamDinh1-Demo-2024", nameof(Role.Appraiser), null, DemoMessages.Account(DemoAccountKind.Appraiser1)),
        new("thamdinh2", "ThamDinh2-Demo-2024", nameof(Role.Appraiser), null, DemoMessages.Account(DemoAccountKind.Appraiser2)),
        new("snv.editor", "SnvCanBo-Demo-2024", nameof(Role.UnitEditor), "SNV", DemoMessages.Account(DemoAccountKind.SnvEditor)),
        new("snv.lead", "SnvLanhDao-Demo-2024", nameof(Role.UnitLead), "SNV", DemoMessages.Account(DemoAccountKind.SnvLead)),
        new("stc.editor", "StcCanBo-Demo-2024", nameof(Role.UnitEditor), "STC", DemoMessages.Account(DemoAccountKind.StcEditor)),
        new("stc.lead", "StcLanhDao-Demo-2024", nameof(Role.UnitLead), "STC", DemoMessages.Account(DemoAccountKind.StcLead)),
        new("x001.editor", "X001CanBo-Demo-2024", nameof(Role.UnitEditor), "X001", DemoMessages.Account(DemoAccountKind.X001Editor)),
        new("x001.lead", "X001LanhDao-Demo-2024", nameof(Role.UnitLead), "X001", DemoMessages.Account(DemoAccountKind.X001Lead)),
    ];

    /// <exception cref="ForbiddenException">The actor is not an administrator.</exception>
    /// <exception cref="WorkflowException">The database already has periods or demo accounts; nothing was changed.</exception>
    /// <exception cref="Files.ImportException">A sample file is missing or wrong (every problem listed); nothing was changed.</exception>
    public async Task<DemoLoaded> HandleAsync(Actor actor, LoadDemo request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.LoadDemo, Role.Admin);
        var samples = DemoSamples.Load(request.SamplesFolder);
        DemoRun.Check(samples);
        await using (var db = open())
        {
            var periods = await db.Periods.CountAsync(ct);
            if (periods > 0)
                throw new WorkflowException(DemoMessages.HasPeriods(periods));
            var names = Accounts.Select(a => a.UserName).Concat(samples.Groups.SelectMany(g => g.UnitCodes).Select(DemoRun.LeadOf))
                .Select(n => n.ToUpperInvariant()).Distinct().ToList();
            var taken = await db.Users.Where(u => names.Contains(u.NormalizedUserName!)).Select(u => u.UserName).ToListAsync(ct);
            if (taken.Count > 0)
                throw new WorkflowException(DemoMessages.AccountsTaken([.. taken.Select(n => n ?? "")]));
            foreach (var group in samples.Groups)
            {
                var json = FrameworkJson.Write(group.Framework.Framework);
                var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
                if (await db.Frameworks.AnyAsync(f => f.Code == group.Code && f.Sha256 != sha, ct))
                    throw new WorkflowException(DemoMessages.OtherFramework(group.Code));
            }
        }
        var (loaded, links) = await new DemoRun(open, store, samples, actor, clock.GetUtcNow(), progress, ct).RunAsync();
        return new DemoLoaded(Accounts, loaded, links);
    }
}
