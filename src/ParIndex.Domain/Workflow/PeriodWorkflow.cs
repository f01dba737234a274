using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Workflow;

/// <summary>How an assessment period moves through its stages, and what each stage allows.</summary>
public static class PeriodWorkflow
{
    /// <summary>The next stage; a period only ever advances one stage at a time.</summary>
    /// <exception cref="WorkflowException">The period is already published.</exception>
    public static PeriodState Advance(PeriodState from)
    {
        if (from == PeriodState.Published)
            throw new WorkflowException(WorkflowMessages.LastStage(from));
        return from + 1;
    }

    /// <summary>
    /// Goes back one stage, always with a reason: the secretariat or an administrator steps a running period back
    /// (e.g. Appraisal → SelfAssessment to let late units submit); only an administrator reopens a published period
    /// (Published → Finalisation, to correct a result). What this does to each submission is <see cref="StageChange.StepBack"/>.
    /// </summary>
    /// <exception cref="WorkflowException">The period is a draft, the role may not, or there is no reason; every one that applies is named.</exception>
    public static PeriodState StepBack(PeriodState from, Role role, string? reason)
    {
        var why = new List<Message>();
        if (from == PeriodState.Draft) why.Add(WorkflowMessages.NoEarlierStage());
        else if (from == PeriodState.Published && role != Role.Admin) why.Add(WorkflowMessages.OnlyAdminReopens());
        else if (role is not (Role.Admin or Role.Secretariat)) why.Add(WorkflowMessages.OnlySecretariatStepsBack());
        if (string.IsNullOrWhiteSpace(reason)) why.Add(WorkflowMessages.ReasonRequired());
        if (why.Count > 0) throw new WorkflowException(WorkflowMessages.StepBackRefused(from, from == PeriodState.Published, why));
        return from - 1;
    }

    /// <summary>Units may enter scores, attach evidence and submit.</summary>
    public static bool AcceptsSelfAssessment(PeriodState period) => period == PeriodState.SelfAssessment;

    /// <summary>The Secretariat may return a submitted self-assessment to its unit.</summary>
    public static bool AcceptsReturns(PeriodState period) => period is PeriodState.SelfAssessment or PeriodState.Appraisal;

    /// <summary>A unit's self-assessment deadline may still be extended (gia hạn): until self-assessment ends.</summary>
    public static bool AcceptsExtensions(PeriodState period) => period is PeriodState.Draft or PeriodState.SelfAssessment;

    /// <summary>What happens to units that never submit may be chosen until self-assessment ends.</summary>
    public static bool AcceptsNonSubmitterPolicy(PeriodState period) => period is PeriodState.Draft or PeriodState.SelfAssessment;

    /// <summary>Appraisers may be assigned until the results are being finalised.</summary>
    public static bool AcceptsAssignments(PeriodState period) => period < PeriodState.Finalisation;

    /// <summary>Refuses work the period's stage does not accept (<paramref name="accepted"/> false), naming the stage.</summary>
    public static void Require(bool accepted, PeriodState period, string whatVi, string whatEn)
    {
        if (!accepted)
            throw new WorkflowException(WorkflowMessages.NotDuringStage(new Both(whatVi, whatEn), period));
    }

    public static bool AcceptsAppraisal(PeriodState period) => period == PeriodState.Appraisal;

    public static bool AcceptsAppeals(PeriodState period) => period == PeriodState.Appeals;

    /// <summary>Submissions may be finalised.</summary>
    public static bool AcceptsFinalisation(PeriodState period) => period == PeriodState.Finalisation;
}
