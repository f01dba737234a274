using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;
using static ParIndex.App.Features.Analysis.ReportHtml;

namespace ParIndex.App.Features.Documents;

/// <summary>
/// The council's decisions on the appeals of a period (thông báo kết quả giải quyết giải trình), or of one unit: each
/// decided appeal with the appraised score, what the unit asked for, the decision, the points after it and the
/// reason; printed from the ledger's appraised and appeal entries. The secretariat, the council and admin print any;
/// a unit's users only their own unit's.
/// </summary>
public sealed record PrintAppealDecisions(int PeriodId, string? UnitCode = null);

public sealed class PrintAppealDecisionsHandler(AppDbContext db, TimeProvider clock, DocumentSettings settings)
{
    public async Task<PrintedDocument> HandleAsync(Actor actor, PrintAppealDecisions request, CancellationToken ct = default)
    {
        var period = await db.Periods.AsNoTracking().Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var unit = request.UnitCode is { } code
            ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Code == code, ct) ?? throw new NotFoundException(NotFoundMessages.Unit(code))
            : null;
        if (!actor.SeesAllUnits)
        {
            if (unit is null && actor.UnitId is { } own && actor.BelongsTo(own)) unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == own, ct);
            if (unit is null || !actor.BelongsTo(unit.Id))
                throw new ForbiddenException(AccessMessages.AppealDecisionsPrint());
        }

        var rows = await db.Appeals.AsNoTracking()
            .Join(db.Submissions.Include(s => s.Unit).Where(s => s.PeriodId == period.Id && (unit == null || s.UnitId == unit.Id)),
                a => a.SubmissionId, s => s.Id, (a, s) => new { Appeal = a, Submission = s })
            .ToListAsync(ct);
        var open = rows.Count(r => r.Appeal.State == AppealState.Open);
        var decided = rows.Where(r => r.Appeal.State != AppealState.Open).ToList();
        var latest = await LeafScores.LatestAsync(db, [.. decided.Select(r => r.Submission.Id).Distinct()], ct);
        var names = await People.NamesAsync(db, decided.Select(r => r.Appeal.DecidedBy ?? ""), ct);

        var items = new List<(string Unit, int Leaf, string Html)>();
        var used = new List<ScoreEntry>();
        foreach (var r in decided)
        {
            var framework = CompiledFrameworks.Of(period.Frameworks.Single(f => f.Group == r.Submission.Unit.Group).FrameworkEdition);
            var node = framework.NodeIndex(r.Appeal.LeafCode) ?? throw new InvalidOperationException($"Appeal {r.Appeal.Id} names no node of {framework.Framework.Code}");
            var leaf = framework.LeafOrdinal(node);
            var n = framework.Nodes[node];
            var appraised = SubmissionInputs.Latest(latest, r.Submission.Id, n.Code, ScoreStage.Appraised);
            var decision = r.Appeal.State == AppealState.Accepted ? latest.GetValueOrDefault((r.Submission.Id, n.Code, ScoreStage.Appeal)) : null;
            used.AddRange(new[] { appraised, decision }.OfType<ScoreEntry>());
            var (requested, error) = InputText.ParseFor(r.Appeal.RequestedInput, framework.Rules[leaf], n.Max, required: true);
            var asked = error is null ? framework.Rules[leaf].Explain(requested, n.Max).Vi : r.Appeal.RequestedInput;
            var after = decision?.Points ?? appraised?.Points;
            items.Add((r.Submission.Unit.Code, leaf, $"""
                <td>{E(r.Submission.Unit.Name)}</td><td>{E(n.Code)}. {E(n.Name)}</td>
                <td class="n">{N(appraised?.Points)}<div class="small">{(appraised is null ? "" : "phiên bản " + appraised.Version)}</div></td>
                <td>{E(asked)}</td>
                <td class="c"><b>{(r.Appeal.State == AppealState.Accepted ? "Chấp nhận" : "Không chấp nhận")}</b></td>
                <td class="n">{N(after)}<div class="small">{(decision is null ? "" : "phiên bản " + decision.Version)}</div></td>
                <td>{E(r.Appeal.DecisionReason)}<div class="small">{E(names.GetValueOrDefault(r.Appeal.DecidedBy ?? "", ""))}{(r.Appeal.DecidedAt is { } at ? ", " + OfficialDocument.When(at) : "")}</div></td>
                """));
        }

        var who = unit is null ? "các đơn vị" : unit.Name;
        var b = new StringBuilder();
        b.Append($"<p>Căn cứ ý kiến giải trình của {E(who)} về kết quả thẩm định Chỉ số cải cách hành chính năm {period.Year} ({E(period.Name)}) và tài liệu kèm theo, "
                 + "Hội đồng thẩm định thông báo kết quả xem xét, giải quyết như sau:</p>");
        if (items.Count == 0) b.Append("<p>Chưa có giải trình nào được giải quyết.</p>");
        else
        {
            b.Append($"""
                <table class="grid">{OfficialDocument.Columns(5, 13, 19, 9, 15, 10, 9, 20)}<thead><tr><th>STT</th><th>Đơn vị</th><th>Tiêu chí thành phần</th><th class="n">Điểm thẩm định</th><th>Đơn vị đề nghị</th>
                <th>Kết quả</th><th class="n">Điểm sau giải trình</th><th>Lý do</th></tr></thead><tbody>
                """);
            var i = 0;
            foreach (var item in items.OrderBy(x => x.Unit, StringComparer.Ordinal).ThenBy(x => x.Leaf))
                b.Append($"<tr><td class=\"c\">{++i}</td>{item.Html}</tr>");
            b.Append("</tbody></table>");
            var accepted = decided.Count(r => r.Appeal.State == AppealState.Accepted);
            b.Append($"<p>Tổng cộng {items.Count} giải trình: {accepted} được chấp nhận, {items.Count - accepted} không được chấp nhận.</p>");
        }
        if (open > 0) b.Append($"<p>Còn {open} giải trình đang xem xét; kết quả sẽ được thông báo sau.</p>");
        b.Append("<p>Điểm sau giải trình là điểm chính thức của tiêu chí thành phần khi tổng hợp, công bố kết quả.</p>");

        var document = new OfficialDocument(settings.AuthorityOrDefault, settings.CouncilOrDefault, "TB-HĐTĐ", settings.PlaceOrBlank, clock.GetUtcNow(),
            "THÔNG BÁO", $"Kết quả giải quyết giải trình của {who} về kết quả thẩm định Chỉ số cải cách hành chính năm {period.Year}", null, b.ToString(),
            [unit is null ? "Các đơn vị có giải trình" : unit.Name, settings.SecretariatOrDefault, "Lưu: VT, HĐTĐ"],
            [new Signer("TM. HỘI ĐỒNG THẨM ĐỊNH", "CHỦ TỊCH", null, "(Ký, ghi rõ họ tên, đóng dấu)")],
            $"ParIndex · {period.Name}{(unit is null ? "" : " · " + unit.Code)} · in lúc {OfficialDocument.When(clock.GetUtcNow())} · {LedgerMark.Describe(used)}");
        return new PrintedDocument($"Kết quả giải quyết giải trình {period.Year}{(unit is null ? "" : " — " + unit.Name)}",
            $"giai-trinh-{period.Year}{(unit is null ? "" : "-" + unit.Code)}.pdf", document.Html());
    }
}
