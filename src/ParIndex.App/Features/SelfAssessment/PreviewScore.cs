using ParIndex.Domain.Messages;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>
/// The points an input would earn on one sub-criterion, and why, WITHOUT saving it: the live points beside the
/// self-assessment form as the unit types. <see cref="Input"/> is in the form <see cref="InputText"/> reads.
/// </summary>
public sealed record PreviewScore(int PeriodId, string UnitCode, string LeafCode, string? Input);

/// <summary>What the input would score; <see cref="Error"/> (and no points) when the rule cannot score it.</summary>
public sealed record ScorePreview(string LeafCode, decimal Max, string Input, decimal? Points, Explanation? Explanation, Message? Error);

public sealed class PreviewScoreHandler(AppDbContext db)
{
    /// <exception cref="ForbiddenException">The actor is not one of the unit's own editors or its leader.</exception>
    /// <exception cref="NotFoundException">No such submission or sub-criterion.</exception>
    public async Task<ScorePreview> HandleAsync(Actor actor, PreviewScore request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        var leaf = scope.Leaf(request.LeafCode);
        var node = scope.Framework.Nodes[scope.Framework.LeafNodes[leaf]];
        var rule = scope.Framework.Rules[leaf];
        if (rule is SurveyRule)
            return new ScorePreview(node.Code, node.Max, "", null, null, ScoreMessages.FromSurvey(node.Code));
        var (input, error) = InputText.ParseFor(request.Input, rule, node.Max, required: false);
        return error is not null
            ? new ScorePreview(node.Code, node.Max, request.Input ?? "", null, null, error)
            : new ScorePreview(node.Code, node.Max, InputText.Format(input), rule.Score(input, node.Max), rule.Explain(input, node.Max), null);
    }
}
