using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Templates;

/// <summary>
/// A filled template for one of the imports, as an Excel workbook: the first sheet is the file the import reads (its
/// header and example rows, the accounts' naming this installation's first unit), the sheet "Hướng dẫn" says what each
/// column takes. Kinds: see <see cref="Kinds"/>.
/// </summary>
public sealed record GetImportTemplate(string Kind);

public sealed record ImportTemplate(string FileName, byte[] Content);

public sealed class GetImportTemplateHandler(AppDbContext db)
{
    public static readonly IReadOnlyList<string> Kinds = ["framework", "units", "lineage", "accounts", "scoreboard"];

    public async Task<ImportTemplate> HandleAsync(Actor actor, GetImportTemplate request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.DownloadTemplates, Role.Admin, Role.Secretariat);
        var kind = request.Kind.Trim().ToLowerInvariant();
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new { u.Code, u.Group }).Take(1).ToListAsync(ct);
        var sheets = kind switch
        {
            "framework" => ImportTemplates.Framework(),
            "units" => ImportTemplates.Units(units.FirstOrDefault()?.Group ?? "Sở, ban, ngành"),
            "lineage" => ImportTemplates.Lineage(),
            "accounts" => ImportTemplates.Accounts(units.FirstOrDefault()?.Code ?? "SNV", actor.Is(Role.Admin)),
            "scoreboard" => ImportTemplates.Scoreboard(),
            _ => throw new NotFoundException(NotFoundMessages.Template(request.Kind, Kinds)),
        };
        return new ImportTemplate($"mau-{kind}.xlsx", XlsxWriter.Write(sheets));
    }
}
