using ParIndex.App.Features.SelfAssessment;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>The live points of one sub-criterion: the preview of what is typed, or why it cannot be scored.</summary>
public sealed record PointsPreview(int Ordinal, ScorePreview? Preview, string? Error);
