namespace ParIndex.Domain.Workflow;

/// <summary>Stage and state names, Vietnamese and English, as the workflow's own messages write them.</summary>
public static class WorkflowNames
{
    public static (string Vi, string En) Of(PeriodState stage) => (WorkflowText.Vi(stage), WorkflowText.En(stage));

    public static (string Vi, string En) Of(SubmissionState state) => (WorkflowText.Vi(state), WorkflowText.En(state));
}
