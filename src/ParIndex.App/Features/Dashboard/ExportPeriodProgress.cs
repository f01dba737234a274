using System.Globalization;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Dashboard;

/// <summary>
/// The period's progress, unit by unit (the dashboard's table, filtered as shown), as CSV (UTF-8, comma-separated)
/// or as a one-sheet workbook: code, name, group, state, items answered of those applicable, items missing evidence,
/// the unit's deadline (Vietnam time) and whether it was extended, whether it never submitted, the return reason.
/// </summary>
public sealed record ExportPeriodProgress(int PeriodId, ProgressFilter Filter, bool Xlsx);

public sealed record ProgressExport(string FileName, string ContentType, byte[] Content, int Units);

public sealed class ExportPeriodProgressHandler(AppDbContext db, TimeProvider clock)
{
    private static readonly string[] Header =
    [
        "Mã đơn vị", "Tên đơn vị", "Khối", "Trạng thái", "Đã nhập", "Số mục cần nhập", "Thiếu tài liệu kiểm chứng", "Hạn nộp", "Gia hạn", "Không nộp đúng hạn", "Lý do trả lại",
    ];

    public async Task<ProgressExport> HandleAsync(Actor actor, ExportPeriodProgress request, CancellationToken ct = default)
    {
        var dashboard = (await new GetPeriodDashboardHandler(db, clock).HandleAsync(actor, new GetPeriodDashboard(request.PeriodId), ct))!;
        var units = request.Filter.Apply(dashboard.Units);
        var rows = units.Select(u => new object?[]
        {
            u.UnitCode, u.UnitName, u.Group, WorkflowNames.Of(u.State).Vi, u.Answered, u.Applicable, u.MissingEvidence,
            u.Deadline.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture), u.Extended, u.MissedDeadline, u.ReturnReason,
        }).ToList();
        var name = $"tien-do-ky-{dashboard.Period.Id}";
        if (request.Xlsx)
            return new ProgressExport(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                XlsxWriter.Write([new Sheet("Tiến độ", [Header, .. rows], StyledHeader: true)]), units.Count);
        var bytes = CsvOutput.Bytes(csv =>
        {
            csv.Row(Header);
            foreach (var row in rows)
                csv.Row(row.Select(v => v switch { null => "", bool b => b ? "có" : "không", _ => Convert.ToString(v, CultureInfo.InvariantCulture)! }));
        });
        return new ProgressExport(name + ".csv", "text/csv; charset=utf-8", bytes, units.Count);
    }
}
