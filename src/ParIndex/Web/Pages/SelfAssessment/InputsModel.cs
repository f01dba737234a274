using ParIndex.App.Features.SelfAssessment;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>The input widgets of one sub-criterion, filled with <see cref="Values"/>, named by <see cref="Prefix"/>.</summary>
public sealed record InputsModel(LeafForm Leaf, string Prefix, LeafFields Values);
