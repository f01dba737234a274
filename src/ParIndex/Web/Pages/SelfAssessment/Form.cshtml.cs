using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>
/// The unit's self-assessment of one period: one tab per area; live points and autosave per sub-criterion with htmx
/// (a normal POST per area without JavaScript); evidence; the completeness check and submission; after appraisal,
/// the appraised scores and the appeal.
/// </summary>
public sealed class FormModel(AppDbContext db, TimeProvider clock, IEvidenceStore store) : WorkPage(db)
{
    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public string? AreaCode { get; set; }

    public SelfAssessmentForm View { get; private set; } = null!;

    /// <summary>The dossier's progress, from <see cref="View"/>.</summary>
    public DossierProgress Progress => _progress ??= GetDossierProgressHandler.Summarise(View, clock.GetUtcNow());

    private DossierProgress? _progress;

    /// <summary>The node index of the area shown.</summary>
    public int Area { get; private set; }

    /// <summary>The fields of a refused POST, shown again instead of the saved values.</summary>
    public IFormCollection? Posted { get; private set; }

    [TempData]
    public string? Flash { get; set; }

    public string AreaUrl(string? area = null, int? leaf = null) =>
        $"/tu-danh-gia/{View.PeriodId}?linh-vuc={Uri.EscapeDataString(area ?? View.Framework.Nodes[Area].Code)}" + (leaf is { } l ? $"#leaf-{l}" : "");

    public string AreaOf(LeafForm leaf) => AreaCodeOf(View.Framework, leaf.Ordinal);

    /// <summary>The code of the area a leaf lies in, found by walking up the tree.</summary>
    private static string AreaCodeOf(Domain.Frameworks.CompiledFramework framework, int leaf)
    {
        var node = framework.LeafNodes[leaf];
        while (framework.Parent[node] >= 0) node = framework.Parent[node];
        return framework.Nodes[node].Code;
    }

    public bool Editable => View.SaveRefusal is null;

    /// <summary>The fields of a leaf as they should appear: as posted after a refusal, else as saved.</summary>
    public LeafFields Fields(LeafForm leaf, string prefix, string? saved) =>
        Posted is not null && Posted.Keys.Any(k => k.StartsWith(prefix + ".", StringComparison.Ordinal))
            ? LeafFields.FromForm(Posted, prefix)
            : LeafFields.FromText(saved, leaf.Rule);

    public string PostedOr(string name, string? otherwise) => Posted is not null && Posted.ContainsKey(name) ? Posted[name].ToString() : otherwise ?? "";

    public Task<IActionResult> OnGetAsync(int periodId, CancellationToken ct) =>
        RunAsync(async () => { await LoadAsync(periodId, ct); return Page(); }, () => Task.FromResult<IActionResult>(Page()));

    /// <summary>Without JavaScript: saves every changed sub-criterion of the area at once.</summary>
    public Task<IActionResult> OnPostAsync(int periodId, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(periodId, ct);
        var items = new List<SelfAssessedItem>();
        foreach (var leaf in LeavesOf(Area).Where(l => !l.IsSurvey))
        {
            var prefix = LeafFields.Prefix(leaf.Ordinal);
            var (text, error) = LeafFields.FromForm(Request.Form, prefix).ToText(leaf.Rule);
            if (error is not null)
            {
                ModelState.AddModelError(prefix, Say(error));
                continue;
            }
            if (InputText.ParseFor(text, leaf.Rule, leaf.Node.Max, required: false).Error is { } rejected)
            {
                ModelState.AddModelError(prefix, Say(rejected));
                continue;
            }
            var note = Note(prefix);
            if (Normalised(text, leaf) == (leaf.Self?.Input ?? "") && note == leaf.Self?.Note) continue;
            items.Add(new SelfAssessedItem(leaf.Node.Code, text, Version(prefix), note));
        }
        if (ModelState.IsValid && items.Count > 0)
        {
            try
            {
                var saved = await new SaveSelfAssessmentHandler(Db, clock).HandleAsync(Actor, new SaveSelfAssessment(periodId, View.UnitCode, items), ct);
                Flash = L($"Đã lưu {saved.Scores.Count} mục lúc {Vi.Clock(clock.GetUtcNow())}", $"Saved {saved.Scores.Count} item(s) at {Vi.Clock(clock.GetUtcNow())}");
            }
            catch (ImportException e)
            {
                foreach (var p in e.Problems)
                    ModelState.AddModelError(p.Node is { } code && View.Framework.NodeIndex(code) is { } n ? LeafFields.Prefix(View.Framework.LeafOrdinal(n)) : "area", Say(p.Says));
            }
        }
        else if (ModelState.IsValid)
            Flash = L("Không có thay đổi nào để lưu", "Nothing changed");
        if (!ModelState.IsValid)
        {
            Posted = Request.Form;
            return Page();
        }
        return Redirect(AreaUrl());
    }, () => ShowAgainAsync(periodId, ct), "area");

    /// <summary>htmx: the points of what is typed in one sub-criterion, computed without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int periodId, int leaf, CancellationToken ct)
    {
        try
        {
            await LoadActorAsync(ct);
            var (code, rule, _, _) = await LeafAsync(periodId, leaf, ct);
            var (text, error) = LeafFields.FromForm(Request.Form, LeafFields.Prefix(leaf)).ToText(rule);
            if (error is not null) return Partial("_Points", new PointsPreview(leaf, null, Say(error)));
            var preview = await new PreviewScoreHandler(Db).HandleAsync(Actor, new PreviewScore(periodId, await UnitCodeAsync(ct), code, text), ct);
            return Partial("_Points", new PointsPreview(leaf, preview, preview.Error is { } rejected ? Say(rejected) : null, rule));
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            return RefusalPage(e);
        }
    }

    /// <summary>
    /// htmx: saves one sub-criterion from the version the editor holds (or, to overwrite another editor's newer
    /// value, from <paramref name="theirs"/>) and returns its save status.
    /// </summary>
    public async Task<IActionResult> OnPostAutosaveAsync(int periodId, int leaf, int? theirs, CancellationToken ct)
    {
        var prefix = LeafFields.Prefix(leaf);
        var version = theirs ?? Version(prefix);
        var (area, rule, max) = ("", (Domain.Scoring.Rules.ScoringRule?)null, 0m);
        try
        {
            await LoadActorAsync(ct);
            (var code, rule, area, max) = await LeafAsync(periodId, leaf, ct);
            var (text, error) = LeafFields.FromForm(Request.Form, prefix).ToText(rule);
            if (error is not null) return Partial("_SaveStatus", new SaveStatus(periodId, area, leaf, version, null, false, Say(error)));
            var saved = await new SaveScoreHandler(Db, clock).HandleAsync(Actor, new SaveScore(periodId, await UnitCodeAsync(ct), code, text, version, Note(prefix)), ct);
            return Partial("_SaveStatus", new SaveStatus(periodId, area, leaf, saved.Version, clock.GetUtcNow(), true));
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            return RefusalPage(e);
        }
        catch (ConflictException e)
        {
            var theirValue = rule is null ? e.CurrentValue : InputText.ParseFor(e.CurrentValue, rule, max, required: false) is (var input, null)
                ? L(rule.Explain(input, max).Vi, rule.Explain(input, max).En) : e.CurrentValue;
            return Partial("_SaveStatus", new SaveStatus(periodId, area, leaf, version, null, false, e.Message, e.CurrentVersion, theirValue));
        }
        catch (Exception e) when (Refusal(e, Lang.Of(HttpContext)) is { } messages)
        {
            return Partial("_SaveStatus", new SaveStatus(periodId, area, leaf, version, null, false, string.Join(" ", messages)));
        }
    }

    /// <summary>
    /// Uploads a document (file and/or number, date, issuer, summary) supporting one sub-criterion, or, with a negative
    /// <paramref name="leaf"/>, none yet: a document for the appeal.
    /// </summary>
    public Task<IActionResult> OnPostEvidenceAsync(int periodId, int leaf, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(periodId, ct);
        // Without a sub-criterion: a document for the appeal, added during the appeal window.
        var target = leaf >= 0 && leaf < View.Leaves.Count ? View.Leaves[leaf] : null;
        var form = Request.Form;
        var file = form.Files.GetFile("file");
        DateOnly? issuedOn = DateOnly.TryParseExact(form["issuedOn"].ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
        await using var content = file is { Length: > 0 } ? file.OpenReadStream() : null;
        await new AddEvidenceHandler(Db, clock, store).HandleAsync(Actor, new AddEvidence(periodId, View.UnitCode, form["number"], issuedOn,
            form["issuer"], form["summary"], content, file?.FileName, target is null ? [] : [target.Node.Code], form["pages"], form["section"]), ct);
        if (target is null)
        {
            Flash = L("Đã thêm tài liệu cho giải trình", "Document added for the appeal");
            return Redirect($"/tu-danh-gia/{periodId}#giai-trinh");
        }
        Flash = L($"Đã thêm tài liệu kiểm chứng cho mục {target.Node.Code}", $"Evidence added to {target.Node.Code}");
        return Redirect(AreaUrl(AreaOf(target), leaf));
    }, () => ShowAgainAsync(periodId, ct), leaf >= 0 ? $"ev{leaf}" : "appeal-document");

    /// <summary>Attaches one of the unit's existing documents to a sub-criterion.</summary>
    public Task<IActionResult> OnPostLinkAsync(int periodId, int leaf, int doc, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(periodId, ct);
        var target = LoadedLeaf(leaf);
        await new LinkEvidenceHandler(Db, clock).HandleAsync(Actor, new LinkEvidence(periodId, View.UnitCode, doc, [target.Node.Code], Request.Form["pages"], Request.Form["section"]), ct);
        Flash = L($"Đã gắn tài liệu vào mục {target.Node.Code}", $"Document attached to {target.Node.Code}");
        return Redirect(AreaUrl(AreaOf(target), leaf));
    }, () => ShowAgainAsync(periodId, ct), $"ev{leaf}");

    public Task<IActionResult> OnPostUnlinkAsync(int periodId, int leaf, int doc, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(periodId, ct);
        var target = LoadedLeaf(leaf);
        await new UnlinkEvidenceHandler(Db, clock).HandleAsync(Actor, new UnlinkEvidence(periodId, View.UnitCode, doc, [target.Node.Code]), ct);
        Flash = L($"Đã bỏ tài liệu khỏi mục {target.Node.Code}", $"Document detached from {target.Node.Code}");
        return Redirect(AreaUrl(AreaOf(target), leaf));
    }, () => ShowAgainAsync(periodId, ct), $"ev{leaf}");

    /// <summary>The unit's leader appeals the ticked appraised items, all at once.</summary>
    public Task<IActionResult> OnPostAppealAsync(int periodId, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(periodId, ct);
        var items = new List<AppealItem>();
        foreach (var leaf in View.Leaves.Where(l => !l.IsSurvey))
        {
            var prefix = LeafFields.Prefix(leaf.Ordinal, "a");
            if (Request.Form[prefix + ".on"] is not ["true" or "on", ..]) continue;
            var (text, error) = LeafFields.FromForm(Request.Form, prefix).ToText(leaf.Rule);
            if (error is not null)
            {
                ModelState.AddModelError(prefix, Say(error));
                continue;
            }
            var documents = Request.Form[prefix + ".doc"].Select(v => int.TryParse(v, out var id) ? id : 0).Where(id => id > 0).ToList();
            items.Add(new AppealItem(leaf.Node.Code, text, Request.Form[prefix + ".argument"].ToString().Trim(), documents));
        }
        if (ModelState.IsValid)
        {
            try
            {
                await new SubmitAppealHandler(Db, clock).HandleAsync(Actor, new SubmitAppeal(periodId, View.UnitCode, items), ct);
                Flash = L($"Đã gửi giải trình {items.Count} mục", $"Appeal sent on {items.Count} item(s)");
                return Redirect($"/tu-danh-gia/{periodId}#giai-trinh");
            }
            catch (ImportException e)
            {
                foreach (var p in e.Problems)
                    ModelState.AddModelError(p.Node is { } code && View.Framework.NodeIndex(code) is { } n ? LeafFields.Prefix(View.Framework.LeafOrdinal(n), "a") : "appeal", p.Message);
            }
        }
        Posted = Request.Form;
        return Page();
    }, () => ShowAgainAsync(periodId, ct), "appeal");

    public IEnumerable<LeafForm> LeavesOf(int areaNode) => View.Framework.LeavesUnder(areaNode).Select(l => View.Leaves[l]);

    private async Task<IActionResult> ShowAgainAsync(int periodId, CancellationToken ct)
    {
        Posted = Request.HasFormContentType ? Request.Form : null;
        await LoadAsync(periodId, ct);
        return Page();
    }

    private async Task LoadAsync(int periodId, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        View = await new GetSelfAssessmentHandler(Db, clock).HandleAsync(Actor, new GetSelfAssessment(periodId, await UnitCodeAsync(ct)), ct);
        var areas = View.Framework.AreaNodes;
        Area = areas.FirstOrDefault(a => string.Equals(View.Framework.Nodes[a].Code, AreaCode, StringComparison.OrdinalIgnoreCase), areas[0]);
    }

    private Task<string> UnitCodeAsync(CancellationToken ct) => OwnUnit.CodeAsync(Db, Actor, ct);

    /// <summary>A sub-criterion of the loaded dossier by ordinal, as a query names it: one that does not exist is a 404.</summary>
    private LeafForm LoadedLeaf(int leaf) =>
        leaf >= 0 && leaf < View.Leaves.Count ? View.Leaves[leaf] : throw new NotFoundException(SiteMessages.NoItem(leaf));

    /// <summary>The code and rule of a leaf by ordinal: framework facts, not the unit's data (the use case checks access).</summary>
    private async Task<(string Code, Domain.Scoring.Rules.ScoringRule Rule, string Area, decimal Max)> LeafAsync(int periodId, int leaf, CancellationToken ct)
    {
        var framework = (await SubmissionScope.LoadAsync(Db, periodId, await UnitCodeAsync(ct), ct)).Framework;
        if (leaf < 0 || leaf >= framework.LeafNodes.Length) throw new NotFoundException(SiteMessages.NoItem(leaf));
        var node = framework.Nodes[framework.LeafNodes[leaf]];
        return (node.Code, framework.Rules[leaf], AreaCodeOf(framework, leaf), node.Max);
    }

    private string? Note(string prefix) => Request.Form[prefix + ".note"].ToString().Trim() is { Length: > 0 } note ? note : null;

    private int Version(string prefix) => int.TryParse(Request.Form[prefix + ".version"], out var v) ? v : 0;

    private static string Normalised(string text, LeafForm leaf) =>
        InputText.Parse(text, leaf.Rule) is (var input, null) ? InputText.Format(input) : text;
}
