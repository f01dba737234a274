using System.Text.RegularExpressions;
using ParIndex.App.Data;
using ParIndex.App.Features.Homes;
using ParIndex.App.Security;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>
/// Where one unit's dossier (hồ sơ tự đánh giá) stands, for its editors and leader: the items it scores and how many
/// are filled, those still missing an answer or evidence (or an explanation), the return with the items its reason
/// names, the running self-assessed points and index by area and in total, the items the appraisal adjusted, and the
/// next deadline that is the unit's to meet, counted in days.
/// </summary>
/// <remarks>
/// The running index leaves out the survey's sub-criteria, which the unit never scores (the survey fills them at
/// appraisal): points so far ÷ the applicable maximum of the items the unit scores × 100, an item not answered yet
/// counting 0 and an item answered "not applicable" leaving the maximum, as the engine does.
/// </remarks>
public sealed record GetDossierProgress(int PeriodId, string UnitCode);

/// <param name="Items">Sub-criteria the unit scores in the area (the survey's left out).</param>
/// <param name="Filled">Of those, how many have a self-assessed answer (not applicable counts as one).</param>
/// <param name="Index">Points ÷ Max × 100, unrounded; null when nothing in the area applies.</param>
public sealed record AreaProgress(string Code, string Name, string? NameEn, int Items, int Filled, decimal Points, decimal Max, decimal? Index);

/// <summary>An item of the framework (a sub-criterion, or a criterion a return reason names) with its area and, for a sub-criterion, its leaf ordinal.</summary>
public sealed record ItemRef(string Code, string Name, string? NameEn, string AreaCode, int? Leaf);

/// <summary>An appraisal adjustment the unit sees: its own points, the appraised points and the appraiser's reason.</summary>
public sealed record Adjustment(ItemRef Item, decimal SelfPoints, decimal AppraisedPoints, string? Reason);

/// <param name="Next">The next deadline for the unit: its self-assessment deadline while it may still enter and submit,
/// the appeals' close while it may appeal; null when nothing is the unit's to do.</param>
/// <param name="ReturnedItems">The sub-criteria the return reason names, in framework order.</param>
/// <param name="SurveyMax">The maximum of the survey's sub-criteria, left out of <see cref="Max"/>.</param>
public sealed record DossierProgress(int PeriodId, string PeriodName, PeriodState PeriodState, string UnitCode, string UnitName,
    SubmissionState State, Due? Next, bool Extended,
    int Items, int Filled, IReadOnlyList<ItemRef> Unanswered, IReadOnlyList<ItemRef> MissingEvidence,
    string? ReturnReason, IReadOnlyList<ItemRef> ReturnedItems, IReadOnlyList<AreaProgress> Areas,
    decimal Points, decimal Max, decimal? Index, decimal SurveyMax, IReadOnlyList<Adjustment> Adjustments, int OpenAppeals,
    string? SaveRefusal, string? SubmitRefusal, string? AppealRefusal)
{
    public bool IsComplete => Unanswered.Count == 0 && MissingEvidence.Count == 0;
}

public sealed partial class GetDossierProgressHandler(AppDbContext db, TimeProvider clock)
{
    /// <exception cref="ForbiddenException">The actor may not read this unit's dossier.</exception>
    /// <exception cref="Assessment.NotFoundException">The unit is not assessed in this period.</exception>
    public async Task<DossierProgress> HandleAsync(Actor actor, GetDossierProgress request, CancellationToken ct = default) =>
        Summarise(await new GetSelfAssessmentHandler(db, clock).HandleAsync(actor, new GetSelfAssessment(request.PeriodId, request.UnitCode), ct), clock.GetUtcNow());

    /// <summary>The progress of a dossier already read for its form (the dossier page has it), at <paramref name="now"/>.</summary>
    public static DossierProgress Summarise(SelfAssessmentForm form, DateTimeOffset now)
    {
        var f = form.Framework;

        string AreaOf(int node)
        {
            while (f.Parent[node] >= 0) node = f.Parent[node];
            return f.Nodes[node].Code;
        }
        ItemRef Ref(int node) => new(f.Nodes[node].Code, f.Nodes[node].Name, f.Nodes[node].NameEn, AreaOf(node), f.LeafOrdinal(node) is >= 0 and var leaf ? leaf : null);
        ItemRef RefOf(string code) => Ref(f.NodeIndex(code)!.Value);

        var inputs = new LeafInput[form.Leaves.Count];
        decimal surveyMax = 0;
        foreach (var leaf in form.Leaves)
        {
            if (leaf.IsSurvey)
            {
                inputs[leaf.Ordinal] = LeafInput.NotApplicable;
                surveyMax += leaf.Node.Max;
            }
            else inputs[leaf.Ordinal] = leaf.Self is { } self ? InputText.Parse(self.Input, leaf.Rule).Input : LeafInput.Missing;
        }
        var score = UnitScorer.Score(f, inputs);

        var areas = new List<AreaProgress>();
        for (var a = 0; a < f.AreaNodes.Length; a++)
        {
            var node = f.AreaNodes[a];
            var own = f.LeavesUnder(node).Select(l => form.Leaves[l]).Where(l => !l.IsSurvey).ToList();
            areas.Add(new AreaProgress(f.Nodes[node].Code, f.Nodes[node].Name, f.Nodes[node].NameEn, own.Count, own.Count(l => l.Self is not null),
                score.Points[node], score.ApplicableMax[node], score.ComponentIndex(a)));
        }

        var returned = form.State == SubmissionState.ReturnedForRevision && form.ReturnReason is { } reason
            ? Codes().Matches(reason).Select(m => f.NodeIndex(m.Value)).OfType<int>().Distinct().Order().Select(Ref).ToList()
            : [];
        var adjustments = form.Leaves.Where(l => !l.IsSurvey && l.Appraised is not null)
            .Select(l => new Adjustment(Ref(f.LeafNodes[l.Ordinal]), l.Self?.Points ?? 0m, l.Appraised!.Points, l.Appraised.Note)).ToList();

        Due? next = null;
        if (form.PeriodState == PeriodState.SelfAssessment && form.State is SubmissionState.NotStarted or SubmissionState.Draft or SubmissionState.ReturnedForRevision)
            next = Due.Of(form.Deadline, now);
        else if (form.PeriodState == PeriodState.Appeals && form.State == SubmissionState.Appraised)
            next = Due.Of(form.AppealsClose, now);

        return new DossierProgress(form.PeriodId, form.PeriodName, form.PeriodState, form.UnitCode, form.UnitName, form.State,
            next, form.Extended,
            form.Leaves.Count(l => !l.IsSurvey), form.Leaves.Count(l => !l.IsSurvey && l.Self is not null),
            [.. form.Completeness.Unanswered.Select(RefOf)], [.. form.Completeness.MissingEvidence.Select(RefOf)],
            form.State == SubmissionState.ReturnedForRevision ? form.ReturnReason : null, returned, areas,
            score.TotalPoints, score.TotalMax, score.Index, surveyMax, adjustments,
            form.Leaves.Sum(l => l.Appeals.Count(x => x.State == AppealState.Open)),
            form.SaveRefusal, form.SubmitRefusal, form.AppealRefusal);
    }

    /// <summary>A sub-criterion code as reasons write it: "1.1.1", "3.2".</summary>
    [GeneratedRegex(@"(?<![\d.,])\d+(?:\.\d+)+(?![\d,]|\.\d)")]
    private static partial Regex Codes();
}
