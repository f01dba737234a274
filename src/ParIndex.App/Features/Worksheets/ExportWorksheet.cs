using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Evidence;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;
using static ParIndex.App.Features.Worksheets.WorksheetLayout;

namespace ParIndex.App.Features.Worksheets;

/// <summary>
/// A unit's self-assessment as an Excel worksheet to fill in offline (biểu mẫu tự đánh giá) and bring back with
/// <see cref="ImportWorksheet"/>. Sheet "Tự đánh giá" has a header row and one row per framework node in tree order:
/// areas and criteria as context rows without an input, sub-criteria with their rule described in Vietnamese, the
/// current self-assessed input and explanation pre-filled, and the ledger version the import checks for conflicts.
/// Sheet "Thông tin" names the period, the unit and the framework edition (code and SHA-256), so a worksheet is
/// never applied to another unit or another edition.
/// </summary>
/// <remarks>
/// The evidence columns (Số văn bản, Ngày ban hành, Cơ quan ban hành, Trích yếu) are exported empty: in this version
/// they are informational only; the import validates and reports them but does not store them. The last column lists
/// the documents already linked to each sub-criterion with where the proof is in each ("Số 12/KH-SNV — trang 3–5,
/// Điều 5"), for the reader; the import ignores it.
/// </remarks>
public sealed record ExportWorksheet(int PeriodId, string UnitCode);

/// <param name="clock">The time written as "Thời điểm xuất"; the system clock when not given.</param>
public sealed class ExportWorksheetHandler(AppDbContext db, TimeProvider? clock = null)
{
    public async Task<byte[]> HandleAsync(Actor actor, ExportWorksheet request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        // The secretariat prepares templates for units; otherwise only the unit's own users see its scores here.
        if (!actor.IsAny(Role.Admin, Role.Secretariat)) Access.RequireUnitWriter(actor, scope.Unit.Id);

        var framework = scope.Framework;
        var edition = scope.Edition;
        var latest = await LeafScores.LatestAsync(db, [scope.Submission.Id], ct);
        var linked = (await db.EvidenceLinks.AsNoTracking().Where(l => l.SubmissionId == scope.Submission.Id)
                .Join(db.Evidence, l => l.DocumentId, d => d.Id, (l, d) => new { l.LeafCode, l.Pages, l.Section, d.Id, d.Number, d.Summary }).ToListAsync(ct))
            .OrderBy(l => l.Id)
            .ToLookup(l => l.LeafCode, l => Linked(l.Number ?? l.Summary ?? $"#{l.Id}", new ProofPlace(l.Pages, l.Section)));

        var rows = new List<IReadOnlyList<object?>> { Columns };
        for (var i = 0; i < framework.Nodes.Length; i++)
        {
            var node = framework.Nodes[i];
            var leaf = framework.LeafOrdinal(i);
            if (leaf < 0)
            {
                var what = framework.Parent[i] < 0 ? "Lĩnh vực: tổng điểm các tiêu chí bên dưới" : "Tiêu chí: tổng điểm các tiêu chí thành phần bên dưới";
                if (node.CapAtMax) what += $", không quá {NumberText.Vi(node.Max)} điểm";
                rows.Add([node.Code, node.Name, node.Max, what, node.Guidance]);
                continue;
            }
            var rule = framework.Rules[leaf];
            var survey = rule is SurveyRule;
            var entry = survey ? null : latest.GetValueOrDefault((scope.Submission.Id, node.Code, ScoreStage.SelfAssessed));
            rows.Add([
                node.Code, node.Name, node.Max, Describe(rule, node.Max), node.Guidance,
                survey ? null : entry?.Input,
                survey ? null : entry?.Version ?? 0,
                survey ? null : entry?.Note,
                Evidence(node.Evidence),
                null, null, null, null,
                linked[node.Code].Any() ? string.Join("; ", linked[node.Code]) : null,
            ]);
        }

        var exportedAt = Moment.InVietnam((clock ?? TimeProvider.System).GetUtcNow());
        var info = new List<IReadOnlyList<object?>>
        {
            new object?[] { InfoField, InfoValue },
            new object?[] { PeriodId, scope.Period.Id },
            new object?[] { PeriodName, scope.Period.Name },
            new object?[] { UnitCode, scope.Unit.Code },
            new object?[] { UnitName, scope.Unit.Name },
            new object?[] { FrameworkCode, edition.Code },
            new object?[] { FrameworkSha256, edition.Sha256 },
            new object?[] { ExportedAt, exportedAt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) },
            new object?[] { HowTo, HowToText },
        };
        return XlsxWriter.Write([new Sheet(ScoresSheet, rows), new Sheet(InfoSheet, info)]);
    }

    private static string Linked(string document, ProofPlace place) =>
        place.Shown is { } shown ? $"{document} — {shown.In(Domain.Messages.Language.Vi)}" : document;

    private static string? Evidence(Domain.Frameworks.EvidenceRequirement? evidence) => evidence switch
    {
        null => null,
        { Required: true, What: { Length: > 0 } what } => "Bắt buộc: " + what,
        { Required: true } => "Bắt buộc",
        { What: { Length: > 0 } what } => "Không bắt buộc: " + what,
        _ => null,
    };
}
