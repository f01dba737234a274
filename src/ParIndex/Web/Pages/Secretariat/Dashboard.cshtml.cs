using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Periods;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// <c>/quan-tri</c>: the secretariat's home — how a period stands (submitted x of N, each unit's state with a link
/// into its dossier, filtered by state, group or name, exported as CSV or XLSX), each appraiser's workload, and the
/// next stage change with its checklist.
/// </summary>
public sealed class DashboardModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public PeriodDashboard? Dashboard { get; private set; }

    /// <summary>The units the filter keeps, in the dashboard's order.</summary>
    public IReadOnlyList<UnitProgress> Units { get; private set; } = [];

    public ProgressFilter Filter { get; private set; } = new();

    public StageChecklist? Checklist { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? ky, SubmissionState? trangThai, string? khoi, string? tim, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Dashboard = await new GetPeriodDashboardHandler(Db, clock).HandleAsync(Actor, new GetPeriodDashboard(ky), ct);
            if (Dashboard is null) return Page();
            Filter = new ProgressFilter(trangThai, khoi, tim);
            Units = Filter.Apply(Dashboard.Units);
            Checklist = await new GetStageChecklistHandler(Db).HandleAsync(Actor, new GetStageChecklist(Dashboard.Period.Id), ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    /// <summary><c>/quan-tri?handler=export&amp;ky=…&amp;dang=xlsx</c>: the filtered table as a file.</summary>
    public async Task<IActionResult> OnGetExportAsync(int ky, string? dang, SubmissionState? trangThai, string? khoi, string? tim, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            var file = await new ExportPeriodProgressHandler(Db, clock).HandleAsync(Actor,
                new ExportPeriodProgress(ky, new ProgressFilter(trangThai, khoi, tim), Xlsx: string.Equals(dang, "xlsx", StringComparison.OrdinalIgnoreCase)), ct);
            return File(file.Content, file.ContentType, file.FileName);
        }, () => Task.FromResult<IActionResult>(Page()));
    }
}
