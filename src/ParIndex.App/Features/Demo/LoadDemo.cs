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
/// is and what to try with it (Vietnamese / English).
/// </summary>
public sealed record DemoAccount(string UserName, string Password, string Role, string? UnitCode, string Description);

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
public sealed class LoadDemoHandler(Func<AppDbContext> open, TimeProvider clock, IEvidenceStore store, IProgress<string>? progress = null)
{
    /// <summary>The demo accounts, one per role, and an editor and a leader for SNV, STC and the commune X001. DEMO ONLY.</summary>
    public static IReadOnlyList<DemoAccount> Accounts { get; } =
    [
        new("admin", "QuanTri-Demo-2024", nameof(Role.Admin), null,
            "Quản trị hệ thống: tài khoản, nhật ký, tình trạng hệ thống; mở lại kỳ đã công bố (có lý do) / administrator: accounts, audit log, system health; reopen a published period with a reason"),
        new("thuongtruc", "ThuongTruc-Demo-2024", nameof(Role.Secretariat), null,
            "Sở Nội vụ (thường trực CCHC): theo dõi ba kỳ 2026 — trả lại hồ sơ STC đã nộp, kết thúc thẩm định các xã, áp dụng khảo sát SIPAS, chuyển giai đoạn / secretariat: follow the three 2026 periods — return STC's submission, close the communes' appraisals, apply the SIPAS survey, move stages"),
        new("hoidong", "HoiDong-Demo-2024", nameof(Role.Council), null,
            "Hội đồng thẩm định: 3 giải trình của kỳ thử nghiệm chờ quyết định; mọi đơn vị; công bố kết quả / appraisal council: 3 appeals of the trial run to decide; every unit; publication"),
        new("nguoixem", "NguoiXem-Demo-2024", nameof(Role.Viewer), null,
            "Người xem: kết quả công bố 2024, 2025; so sánh qua sáp nhập SNNMT và đổi tên SDTTG / viewer: published 2024 and 2025 results, compared through the SNNMT merger and the SDTTG rename"),
        new("thamdinh1", "ThamDinh1-Demo-2024", nameof(Role.Appraiser), null,
            "Thẩm định sáu sở và các xã X001–X006: bốn hồ sơ xã năm 2026 chưa thẩm định xong, giải trình của SNV chờ quyết định / appraiser of six departments and communes X001–X006: four commune dossiers of 2026 to finish, SNV's appeal to decide"),
        new("thamdinh2", "ThamDinh2-Demo-2024", nameof(Role.Appraiser), null,
            "Thẩm định lĩnh vực 3 (TTHC) ở mọi đơn vị: các xã năm 2026, giải trình của SCT và X040 chờ quyết định / appraiser of area 3 (administrative procedures) everywhere: the communes of 2026, SCT's and X040's appeals to decide"),
        new("snv.editor", "SnvCanBo-Demo-2024", nameof(Role.UnitEditor), "SNV",
            "Cán bộ Sở Nội vụ: tiếp tục bản nháp 2026 (lĩnh vực 1–3 đã chấm), gắn tài liệu kiểm chứng / SNV editor: continue the 2026 draft (areas 1–3 done), attach evidence"),
        new("snv.lead", "SnvLanhDao-Demo-2024", nameof(Role.UnitLead), "SNV",
            "Lãnh đạo Sở Nội vụ: duyệt và nộp hồ sơ 2026 khi đủ; giải trình kỳ thử nghiệm đang chờ quyết định / SNV leader: approve and submit the 2026 self-assessment once complete; the trial's appeal awaits a decision"),
        new("stc.editor", "StcCanBo-Demo-2024", nameof(Role.UnitEditor), "STC",
            "Cán bộ Sở Tài chính: hồ sơ 2026 đã nộp; kỳ thử nghiệm bị điều chỉnh mục 1.3.1, chuẩn bị tài liệu giải trình; 2024 bị trả lại rồi nộp lại / STC editor: 2026 submitted; the trial's 1.3.1 adjusted, prepare the appeal's documents; 2024 returned and resubmitted"),
        new("stc.lead", "StcLanhDao-Demo-2024", nameof(Role.UnitLead), "STC",
            "Lãnh đạo Sở Tài chính: giải trình mục 1.3.1 của kỳ thử nghiệm trước hạn; kết quả 2024, 2025 / STC leader: appeal the trial's 1.3.1 before the deadline; the 2024 and 2025 results"),
        new("x001.editor", "X001CanBo-Demo-2024", nameof(Role.UnitEditor), "X001",
            "Cán bộ Phường Đông Thành: hồ sơ 2026 đang thẩm định; kỳ thử nghiệm bị điều chỉnh mục 3.2.3; hồ sơ 2025 bị trả lại rồi nộp lại / Đông Thành ward editor: the 2026 dossier under appraisal; the trial's 3.2.3 adjusted; the 2025 submission returned and resubmitted"),
        new("x001.lead", "X001LanhDao-Demo-2024", nameof(Role.UnitLead), "X001",
            "Lãnh đạo Phường Đông Thành: giải trình mục 3.2.3 của kỳ thử nghiệm trước hạn; kết quả và xếp hạng khối xã, phường / Đông Thành ward leader: appeal the trial's 3.2.3 before the deadline; results and ranking among communes"),
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
                throw new WorkflowException(
                    $"Cơ sở dữ liệu đã có {periods} kỳ đánh giá; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống, không có gì thay đổi / " +
                    $"The database already has {periods} period(s); the demo loads only into an empty database, nothing was changed");
            var names = Accounts.Select(a => a.UserName).Concat(samples.Groups.SelectMany(g => g.UnitCodes).Select(DemoRun.LeadOf))
                .Select(n => n.ToUpperInvariant()).Distinct().ToList();
            var taken = await db.Users.Where(u => names.Contains(u.NormalizedUserName!)).Select(u => u.UserName).ToListAsync(ct);
            if (taken.Count > 0)
                throw new WorkflowException(
                    $"Đã có tài khoản mẫu {string.Join(", ", taken)}; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống, không có gì thay đổi / " +
                    $"The demo accounts {string.Join(", ", taken)} exist already; the demo loads only into an empty database, nothing was changed");
            foreach (var group in samples.Groups)
            {
                var json = FrameworkJson.Write(group.Framework.Framework);
                var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
                if (await db.Frameworks.AnyAsync(f => f.Code == group.Code && f.Sha256 != sha, ct))
                    throw new WorkflowException(
                        $"Đã có bộ chỉ số {group.Code} với nội dung khác bộ mẫu; không có gì thay đổi / " +
                        $"Framework {group.Code} exists with content other than the sample's; nothing was changed");
            }
        }
        var (loaded, links) = await new DemoRun(open, store, samples, actor, clock.GetUtcNow(), progress, ct).RunAsync();
        return new DemoLoaded(Accounts, loaded, links);
    }
}
