namespace ParIndex.Domain.Workflow;

/// <summary>The kinds of unfinished work a stage change names in its checklist, in the order the checklist lists them.</summary>
public enum OpenItemKind
{
    /// <summary>Units that have not submitted (NotStarted or Draft), or, at publication, units recorded as not submitted.</summary>
    NotSubmitted,
    /// <summary>Dossiers returned for revision and not submitted again.</summary>
    ReturnedNotResubmitted,
    /// <summary>Submitted dossiers whose appraisal is not marked complete.</summary>
    AppraisalNotCompleted,
    /// <summary>Appeals without a decision.</summary>
    AppealNotDecided,
    /// <summary>Units whose survey-derived sub-criteria have no value yet (the survey is not applied to them).</summary>
    SurveyNotApplied,
}
