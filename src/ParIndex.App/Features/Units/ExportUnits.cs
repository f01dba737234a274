using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Units;

/// <summary>
/// Writes every unit (<c>code,name,type,group,parent,valid_from,valid_to,name_en</c>) and, as a second file, the
/// lineage (<c>from,to,kind,date,weight</c>), as CSV (UTF-8, comma-separated) or as one-sheet workbooks. Both files
/// import again as they are: the import then changes nothing.
/// </summary>
public sealed record ExportUnits(UnitFileFormat Format);

public sealed record UnitExport(byte[] Units, byte[] Lineage, int UnitCount, int LineageCount);

public sealed class ExportUnitsHandler(AppDbContext db)
{
    public async Task<UnitExport> HandleAsync(Actor actor, ExportUnits request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ExportUnits, Role.Admin, Role.Secretariat, Role.Council, Role.Viewer);
        var units = (await db.Units.AsNoTracking().ToListAsync(ct)).OrderBy(u => u.Code, StringComparer.Ordinal).ToList();
        var codeOf = units.ToDictionary(u => u.Id, u => u.Code);
        var lineage = (await db.Lineage.AsNoTracking().ToListAsync(ct))
            .Select(l => (From: codeOf[l.FromUnitId], To: codeOf[l.ToUnitId], l.Kind, l.EffectiveOn, l.Weight))
            .OrderBy(l => l.EffectiveOn).ThenBy(l => l.To, StringComparer.Ordinal).ThenBy(l => l.From, StringComparer.Ordinal).ThenBy(l => l.Kind)
            .ToList();

        var unitRows = units.Select(u => new object?[]
        {
            u.Code, u.Name, UnitFile.TypeText(u.Type), u.Group, u.ParentId is { } p ? codeOf[p] : null,
            u.ValidFrom is { } f ? UnitFile.DateText(f) : null, u.ValidTo is { } t ? UnitFile.DateText(t) : null, u.NameEn,
        }).ToList();
        var lineageRows = lineage.Select(l => new object?[]
        {
            l.From, l.To, UnitFile.KindText(l.Kind), UnitFile.DateText(l.EffectiveOn), l.Weight,
        }).ToList();

        return new UnitExport(
            Render(request.Format, "Đơn vị", UnitFile.UnitColumns, unitRows),
            Render(request.Format, "Sáp nhập, chia tách", UnitFile.LineageColumns, lineageRows),
            units.Count, lineage.Count);
    }

    private static byte[] Render(UnitFileFormat format, string sheet, string[] header, List<object?[]> rows)
    {
        if (format == UnitFileFormat.Xlsx)
            return XlsxWriter.Write([new Sheet(sheet, [header, .. rows])]);
        return CsvOutput.Bytes(csv =>
        {
            csv.Row(header);
            foreach (var row in rows)
                csv.Row(row.Select(v => v is decimal d ? UnitFile.WeightText(d) : v?.ToString()));
        });
    }
}
