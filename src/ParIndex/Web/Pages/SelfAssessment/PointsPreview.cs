using ParIndex.App.Features.SelfAssessment;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>The live points of one sub-criterion: the preview of what is typed, or why it cannot be scored.</summary>
public sealed record PointsPreview(int Ordinal, ScorePreview? Preview, string? Error, ScoringRule? Rule = null)
{
    /// <summary>The figure the server read from the boxes ("1,3"), for "đã hiểu là …"; null for a choice or nothing.</summary>
    public string? Understood(bool english) =>
        Preview is { Error: null, Points: not null } p && Rule is not null ? InputText.Understood(InputText.Parse(p.Input, Rule).Input, english) : null;
}
