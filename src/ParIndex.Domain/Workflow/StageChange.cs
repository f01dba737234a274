namespace ParIndex.Domain.Workflow;

/// <summary>
/// What moving a period one stage, forward or back, does to each submission — so that no submission is ever left in
/// a state from which the period cannot be published. Moving forward carries every submission the new stage cannot
/// work on to the state it can (a unit that never submitted is handled by the period's <see cref="NonSubmitterPolicy"/>;
/// an appraisal not marked complete is completed by the move); stepping back undoes what the forward move did.
/// The use cases audit every change these functions make.
/// </summary>
public static class StageChange
{
    /// <summary>A submission's state once the period has moved forward to <paramref name="to"/>. Total: any state, any stage.</summary>
    public static SubmissionState Carry(PeriodState to, SubmissionState state, NonSubmitterPolicy policy)
    {
        if (to >= PeriodState.Appraisal)
            state = state switch
            {
                SubmissionState.NotStarted or SubmissionState.Draft =>
                    policy == NonSubmitterPolicy.ScoreAsEntered ? SubmissionState.Submitted : SubmissionState.NotSubmitted,
                // Its leader submitted it once; what it holds now goes on.
                SubmissionState.ReturnedForRevision => SubmissionState.Submitted,
                _ => state,
            };
        if (to >= PeriodState.Appeals && state == SubmissionState.Submitted) state = SubmissionState.Appraised;
        if (to == PeriodState.Published && state is SubmissionState.Appraised or SubmissionState.AppealSubmitted or SubmissionState.NotSubmitted)
            state = SubmissionState.Final;
        return state;
    }

    /// <summary>
    /// Whether publication treats a submission in <paramref name="state"/> as its unit's non-submission (scored zero or
    /// left out of the ranking): a dossier recorded as not submitted, or one still unsubmitted under a policy that does not
    /// score what was entered.
    /// </summary>
    public static bool IsNonSubmitter(SubmissionState state, NonSubmitterPolicy policy) =>
        Carry(PeriodState.Appraisal, state, policy) == SubmissionState.NotSubmitted;

    /// <summary>Whether moving to <paramref name="to"/> records the submission as one its unit never submitted.</summary>
    public static bool MissesDeadline(PeriodState to, SubmissionState state) =>
        to >= PeriodState.Appraisal && state is SubmissionState.NotStarted or SubmissionState.Draft;

    /// <summary>
    /// A submission's state once the period has stepped back from <paramref name="from"/>: reopening a published
    /// period un-finalises every submission (a non-submitter back to <see cref="SubmissionState.NotSubmitted"/> unless its
    /// unit was scored on what it entered); going back to appraisal reopens every completed appraisal; going back to
    /// self-assessment gives units that never submitted their dossier back as a draft (they then need an extension to
    /// save, since their deadline has passed).
    /// </summary>
    /// <param name="missedDeadline">The unit never submitted (<see cref="MissesDeadline"/> held when self-assessment ended).</param>
    public static SubmissionState StepBack(PeriodState from, SubmissionState state, bool missedDeadline, NonSubmitterPolicy policy) => from switch
    {
        PeriodState.Published when state == SubmissionState.Final =>
            missedDeadline && policy != NonSubmitterPolicy.ScoreAsEntered ? SubmissionState.NotSubmitted : SubmissionState.Appraised,
        PeriodState.Appeals when state == SubmissionState.Appraised => SubmissionState.Submitted,
        PeriodState.Appraisal when missedDeadline && state is SubmissionState.Submitted or SubmissionState.Appraised or SubmissionState.NotSubmitted => SubmissionState.Draft,
        _ => state,
    };

    /// <summary>The open item a submission in <paramref name="state"/> is for a move to <paramref name="to"/>, or null when the move leaves nothing undone.</summary>
    public static OpenItemKind? OpenItem(PeriodState to, SubmissionState state) => state switch
    {
        SubmissionState.NotStarted or SubmissionState.Draft when to >= PeriodState.Appraisal => OpenItemKind.NotSubmitted,
        SubmissionState.NotSubmitted when to == PeriodState.Published => OpenItemKind.NotSubmitted,
        SubmissionState.ReturnedForRevision when to >= PeriodState.Appraisal => OpenItemKind.ReturnedNotResubmitted,
        SubmissionState.Submitted when to >= PeriodState.Appeals => OpenItemKind.AppraisalNotCompleted,
        _ => null,
    };

    /// <summary>
    /// Survey points are entered only during appraisal: a unit without them scores zero on those items. Named when
    /// appraisal ends (the last chance to enter them) and at publication (where the zero takes effect).
    /// </summary>
    public static bool SurveyMatters(PeriodState to) => to is PeriodState.Appeals or PeriodState.Published;

    /// <summary>Appeals exist from the appeals stage on; every later move names those still undecided.</summary>
    public static bool AppealsMatter(PeriodState to) => to >= PeriodState.Appeals;

    /// <summary>
    /// An item no confirmation can pass: an undecided appeal at publication (the council decides it; nothing decides it
    /// for them). Everything else is done by the move itself, once confirmed.
    /// </summary>
    public static bool Blocks(OpenItemKind kind, PeriodState to) => kind == OpenItemKind.AppealNotDecided && to == PeriodState.Published;
}
