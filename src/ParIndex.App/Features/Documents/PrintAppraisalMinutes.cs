using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;
using static ParIndex.App.Features.Analysis.ReportHtml;

namespace ParIndex.App.Features.Documents;

/// <summary>
/// The appraisal minutes of one unit (biên bản thẩm định), once its appraisal is complete: the self-assessed and
/// appraised totals, every sub-criterion the appraisers adjusted with both scores and the reason, the survey-derived
/// points entered at appraisal, and the appraisers who signed off; printed from the ledger's self-assessed and
/// appraised entries (their versions beside each item). Only the unit, its assigned appraisers, the secretariat, the
/// council and admin may print it.
/// </summary>
public sealed record PrintAppraisalMinutes(int PeriodId, string UnitCode);

public sealed class PrintAppraisalMinutesHandler(AppDbContext db, TimeProvider clock, DocumentSettings settings)
{
    public async Task<PrintedDocument> HandleAsync(Actor actor, PrintAppraisalMinutes request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        await Access.RequireInsiderAsync(db, actor, scope.Period.Id, scope.Unit.Id, ct);
        if (scope.Submission.State is not (SubmissionState.Appraised or SubmissionState.AppealSubmitted or SubmissionState.Final))
            throw new WorkflowException(StepMessages.MinutesNotYet(scope.Unit.Code, scope.Unit.Name));

        var framework = scope.Framework;
        var id = scope.Submission.Id;
        var latest = await LeafScores.LatestAsync(db, [id], ct);
        var self = UnitScorer.Score(framework, SubmissionInputs.At(framework, id, latest, ScoreStage.SelfAssessed));
        var appraised = UnitScorer.Score(framework, SubmissionInputs.At(framework, id, latest, ScoreStage.Appraised));
        var key = $"{scope.Period.Id}/{scope.Unit.Code}";
        var closed = await db.Audit.AsNoTracking().Where(a => a.Action == "submission.appraised" && a.EntityKey == key)
            .OrderByDescending(a => a.Id).Select(a => new { a.Actor, a.At }).FirstOrDefaultAsync(ct);
        var submitted = scope.Submission.SubmittedAt;

        var adjusted = new List<(string Code, string Name, ScoreEntry? Self, ScoreEntry Appraised)>();
        var surveyed = new List<(string Code, string Name, decimal Max, ScoreEntry Appraised)>();
        for (var leaf = 0; leaf < framework.LeafNodes.Length; leaf++)
        {
            var node = framework.Nodes[framework.LeafNodes[leaf]];
            if (!latest.TryGetValue((id, node.Code, ScoreStage.Appraised), out var a)) continue;
            latest.TryGetValue((id, node.Code, ScoreStage.SelfAssessed), out var s);
            if (s is null && framework.Rules[leaf] is SurveyRule) surveyed.Add((node.Code, node.Name, node.Max, a));
            else if (s is null || s.Input != a.Input || s.Points != a.Points) adjusted.Add((node.Code, node.Name, s, a));
        }
        var appraisers = adjusted.Select(x => x.Appraised.Author).Concat(closed is null ? Array.Empty<string>() : [closed.Actor]).Distinct(StringComparer.Ordinal).ToList();
        var names = await People.NamesAsync(db, appraisers.Concat(surveyed.Select(x => x.Appraised.Author)), ct);

        var b = new StringBuilder();
        b.Append($"<p>Căn cứ hồ sơ tự đánh giá Chỉ số cải cách hành chính năm {scope.Period.Year} của {E(scope.Unit.Name)}"
                 + (submitted is { } at ? $" nộp lúc {OfficialDocument.When(at)}" : "") + ", và tài liệu kiểm chứng kèm theo, người thẩm định đã xem xét từng tiêu chí"
                 + (closed is null ? "." : $" và kết thúc thẩm định lúc {OfficialDocument.When(closed.At)}.") + "</p>");
        b.Append($"<p>Người thẩm định: {E(string.Join(", ", appraisers.Select(a => names[a])))}.</p>");
        b.Append("<h3>1. Kết quả chung</h3>");
        b.Append($"""
            <table class="grid">{OfficialDocument.Columns(46, 18, 18, 18)}<thead><tr><th></th><th class="n">Điểm đạt</th><th class="n">Điểm tối đa áp dụng</th><th class="n">Chỉ số (%)</th></tr></thead><tbody>
            <tr><td>Đơn vị tự đánh giá</td><td class="n">{N(self.TotalPoints)}</td><td class="n">{Max(self.TotalMax)}</td><td class="n">{N(self.Index)}</td></tr>
            <tr><td>Kết quả thẩm định</td><td class="n">{N(appraised.TotalPoints)}</td><td class="n">{Max(appraised.TotalMax)}</td><td class="n">{N(appraised.Index)}</td></tr>
            <tr class="total"><td>Chênh lệch (thẩm định − tự đánh giá)</td><td class="n">{Signed(appraised.TotalPoints - self.TotalPoints)}</td><td></td><td class="n">{Signed(appraised.Index - self.Index)}</td></tr>
            </tbody></table>
            """);
        b.Append($"<h3>2. Các tiêu chí thành phần được điều chỉnh ({adjusted.Count})</h3>");
        if (adjusted.Count == 0) b.Append("<p>Không có tiêu chí nào được điều chỉnh; kết quả thẩm định giữ nguyên điểm tự đánh giá của đơn vị.</p>");
        else
        {
            b.Append($"""<table class="grid">{OfficialDocument.Columns(7, 25, 9, 9, 9, 41)}<thead><tr><th>Mã</th><th>Tiêu chí thành phần</th><th class="n">Tự chấm</th><th class="n">Thẩm định</th><th class="n">Chênh lệch</th><th>Lý do điều chỉnh</th></tr></thead><tbody>""");
            foreach (var (code, name, s, a) in adjusted)
                b.Append($"<tr><td>{E(code)}</td><td>{E(name)}</td><td class=\"n\">{(s is null ? "–" : N(s.Points))}<div class=\"small\">{(s is null ? "" : "phiên bản " + s.Version)}</div></td>"
                         + $"<td class=\"n\">{N(a.Points)}<div class=\"small\">phiên bản {a.Version}</div></td><td class=\"n\">{Signed(a.Points - (s?.Points ?? 0m))}</td>"
                         + $"<td>{E(a.Note)}<div class=\"small\">{E(names.GetValueOrDefault(a.Author, a.Author))}, {OfficialDocument.When(a.At)}</div></td></tr>");
            b.Append("</tbody></table>");
        }
        b.Append($"<p>Các tiêu chí thành phần còn lại giữ nguyên điểm tự đánh giá của đơn vị.</p>");
        if (surveyed.Count > 0)
        {
            b.Append($"<h3>3. Điểm từ kết quả điều tra xã hội học ({surveyed.Count})</h3>");
            b.Append($"""<table class="grid">{OfficialDocument.Columns(7, 45, 9, 9, 30)}<thead><tr><th>Mã</th><th>Tiêu chí thành phần</th><th class="n">Điểm tối đa</th><th class="n">Điểm</th><th>Căn cứ</th></tr></thead><tbody>""");
            foreach (var (code, name, max, a) in surveyed)
                b.Append($"<tr><td>{E(code)}</td><td>{E(name)}</td><td class=\"n\">{Max(max)}</td><td class=\"n\">{N(a.Points)}</td><td>{E(a.Note)}</td></tr>");
            b.Append("</tbody></table>");
        }
        b.Append("<p>Biên bản được lập thành hai bản: đơn vị được thẩm định giữ một bản, Hội đồng thẩm định giữ một bản.</p>");

        var used = latest.Values.Where(e => e.Stage is ScoreStage.SelfAssessed or ScoreStage.Appraised).ToList();
        var signers = new List<Signer> { new("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC THẨM ĐỊNH", "THỦ TRƯỞNG ĐƠN VỊ", null) };
        signers.AddRange(appraisers.Select(a => new Signer(null, "NGƯỜI THẨM ĐỊNH", names[a])));
        var document = new OfficialDocument(settings.AuthorityOrDefault, settings.CouncilOrDefault, "BB-HĐTĐ", settings.PlaceOrBlank, clock.GetUtcNow(),
            "BIÊN BẢN", $"Thẩm định kết quả tự đánh giá Chỉ số cải cách hành chính năm {scope.Period.Year} của {scope.Unit.Name}", null, b.ToString(),
            [], signers, $"ParIndex · {scope.Period.Name} · {scope.Unit.Code} · in lúc {OfficialDocument.When(clock.GetUtcNow())} · {LedgerMark.Describe(used)}");
        return new PrintedDocument($"Biên bản thẩm định {scope.Period.Year} — {scope.Unit.Name}", $"bien-ban-tham-dinh-{scope.Period.Year}-{scope.Unit.Code}.pdf", document.Html());
    }
}
