using System.Text;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.Domain.Evidence;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;
using static ParIndex.App.Features.Analysis.ReportHtml;

namespace ParIndex.App.Features.Documents;

/// <summary>
/// The unit's self-assessment dossier as a report to sign (báo cáo kết quả tự đánh giá): every area, criterion and
/// sub-criterion with its maximum and self-assessed points, each sub-criterion's result as the rule explains it, the
/// unit's explanation, and the evidence documents linked to it with their numbers and dates; printed from the ledger's
/// self-assessed entries (their versions beside each item). Before submission it prints as a draft to review. Only the
/// unit, its assigned appraisers, the secretariat, the council and admin may print it.
/// </summary>
public sealed record PrintDossier(int PeriodId, string UnitCode);

public sealed class PrintDossierHandler(AppDbContext db, TimeProvider clock, DocumentSettings settings)
{
    public async Task<PrintedDocument> HandleAsync(Actor actor, PrintDossier request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        await Access.RequireInsiderAsync(db, actor, scope.Period.Id, scope.Unit.Id, ct);
        var form = await new GetSelfAssessmentHandler(db, clock).HandleAsync(actor, new GetSelfAssessment(request.PeriodId, request.UnitCode), ct);
        var framework = scope.Framework;
        var id = scope.Submission.Id;
        var latest = await LeafScores.LatestAsync(db, [id], ct);
        var score = UnitScorer.Score(framework, SubmissionInputs.At(framework, id, latest, ScoreStage.SelfAssessed));
        var used = latest.Values.Where(e => e.Stage == ScoreStage.SelfAssessed).ToList();
        var submitted = scope.Submission.SubmittedAt is { } at
                        && scope.Submission.State is not (SubmissionState.NotStarted or SubmissionState.Draft or SubmissionState.ReturnedForRevision)
            ? at : (DateTimeOffset?)null;

        var b = new StringBuilder();
        b.Append($"<p>Thực hiện {E(form.PeriodName)}, {E(scope.Unit.Name)} báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {form.Year} như sau:</p>");
        b.Append($"<p><b>Tổng điểm tự đánh giá: {N(score.TotalPoints)}/{Max(score.TotalMax)} điểm</b>"
                 + (score.Index is { } index ? $"; chỉ số {N(index)}%." : ".") + "</p>");
        b.Append(submitted is { } s
            ? $"<p>Hồ sơ đã nộp lúc {OfficialDocument.When(s)}.</p>"
            : "<p><b>BẢN NHÁP:</b> hồ sơ chưa nộp; bản in để đơn vị xem lại trước khi lãnh đạo phê duyệt và nộp.</p>");
        b.Append($"""
            <table class="grid">{OfficialDocument.Columns(7, 29, 8, 8, 48)}<thead><tr><th>Mã</th><th>Lĩnh vực, tiêu chí, tiêu chí thành phần</th><th class="n">Điểm tối đa</th>
            <th class="n">Điểm tự chấm</th><th>Kết quả, giải trình, tài liệu kiểm chứng</th></tr></thead><tbody>
            """);
        for (var node = 0; node < framework.Nodes.Length; node++)
        {
            var n = framework.Nodes[node];
            var leaf = framework.LeafOrdinal(node);
            if (leaf < 0)
            {
                var kind = framework.Parent[node] < 0 ? "area" : "criterion";
                b.Append($"<tr class=\"{kind}\"><td>{E(n.Code)}</td><td>{E(n.Name)}</td><td class=\"n\">{Max(n.Max)}</td><td class=\"n\">{N(score.Points[node])}</td><td></td></tr>");
                continue;
            }
            var item = form.Leaves[leaf];
            b.Append($"<tr><td>{E(n.Code)}</td><td>{E(n.Name)}</td><td class=\"n\">{(n.CountsTowardMax ? Max(n.Max) : "+" + Max(n.Max))}</td>");
            b.Append($"<td class=\"n\">{(item.Self is null ? "–" : N(item.Self.Points))}</td><td>");
            if (item.Self is { } self)
            {
                b.Append($"{E(self.Explanation.Vi)} <span class=\"small\">(phiên bản {self.Version})</span>");
                if (!string.IsNullOrWhiteSpace(self.Note)) b.Append($"<div><i>Giải trình:</i> {E(self.Note)}</div>");
            }
            else b.Append(item.Rule is SurveyRule ? "<span class=\"small\">Điểm từ kết quả điều tra xã hội học, không tự chấm</span>" : "<i>Chưa chấm</i>");
            if (item.Evidence.Count > 0)
            {
                b.Append("<ul class=\"small\">");
                foreach (var d in item.Evidence)
                    b.Append($"<li>{Document(d.Number, d.IssuedOn, d.Issuer, d.Summary, d.FileName)}{Cited(d.PlaceFor(n.Code))}</li>");
                b.Append("</ul>");
            }
            b.Append("</td></tr>");
        }
        b.Append($"<tr class=\"total\"><td></td><td>Tổng cộng</td><td class=\"n\">{Max(score.TotalMax)}</td><td class=\"n\">{N(score.TotalPoints)}</td><td></td></tr>");
        b.Append("</tbody></table>");
        b.Append("<p>Đơn vị cam đoan các số liệu, tài liệu kiểm chứng nêu trên là đúng sự thật và chịu trách nhiệm trước Hội đồng thẩm định.</p>");

        var document = new OfficialDocument(settings.AuthorityOrDefault, scope.Unit.Name, "BC-" + scope.Unit.Code, settings.PlaceOrBlank, clock.GetUtcNow(),
            "BÁO CÁO", $"Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {form.Year}", null, b.ToString(),
            [settings.SecretariatOrDefault, $"Lưu: VT, {scope.Unit.Code}"], [new Signer(null, "THỦ TRƯỞNG ĐƠN VỊ", null, "(Ký, ghi rõ họ tên, đóng dấu)")],
            $"ParIndex · {form.PeriodName} · {scope.Unit.Code} · in lúc {OfficialDocument.When(clock.GetUtcNow())} · {LedgerMark.Describe(used)}");
        return new PrintedDocument($"Báo cáo tự đánh giá {form.Year} — {scope.Unit.Name}", $"ho-so-tu-danh-gia-{form.Year}-{scope.Unit.Code}.pdf", document.Html());
    }

    /// <summary>" — trang 3–5, Điều 5" after a document, where the unit cited a place in it.</summary>
    private static string Cited(ProofPlace place) => place.Shown is { } shown ? " — " + E(shown.In(Language.Vi)) : "";

    /// <summary>"Số 125/QĐ-UBND ngày 10/01/2025 của UBND tỉnh: Kế hoạch CCHC năm 2025 (ke-hoach.pdf)".</summary>
    internal static string Document(string? number, DateOnly? issuedOn, string? issuer, string? summary, string? fileName)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(number)) parts.Add("Số " + E(number));
        if (issuedOn is not null) parts.Add("ngày " + OfficialDocument.Day(issuedOn));
        if (!string.IsNullOrWhiteSpace(issuer)) parts.Add("của " + E(issuer));
        var head = string.Join(" ", parts);
        var text = string.IsNullOrWhiteSpace(summary) ? head : head.Length == 0 ? E(summary) : $"{head}: {E(summary)}";
        return string.IsNullOrWhiteSpace(fileName) ? text : $"{text} ({E(fileName)})";
    }
}
