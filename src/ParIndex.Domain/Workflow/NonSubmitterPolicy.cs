namespace ParIndex.Domain.Workflow;

/// <summary>
/// What a period does with a unit that never submits its self-assessment (NotStarted or Draft when self-assessment
/// ends). A period setting, chosen before self-assessment ends (docs/decisions/009-units-that-never-submit.md).
/// </summary>
public enum NonSubmitterPolicy
{
    /// <summary>The unit is scored on what it entered by its deadline: its dossier goes to appraisal like a submitted one. The default.</summary>
    ScoreAsEntered,
    /// <summary>The unit is recorded as not submitted and every sub-criterion scores zero (index 0 %), ranked last.</summary>
    ScoreZero,
    /// <summary>The unit is recorded as not submitted and left out of the ranking; the published results name it with the reason.</summary>
    Exclude,
}
