using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Tests.Workflow;

/// <summary>A 2025 period in Vietnam time (UTC+7), with a context builder for each stage.</summary>
internal static class Cycle
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2025, month, day, hour, minute, 0, Vietnam);

    // Opens 01/03 08:00; self-assessment closes 31/03 17:00; appraisal 30/04 17:00; appeals 15/05 17:00; finalisation 31/05 17:00.
    public static readonly PeriodDeadlines Deadlines = new(At(3, 1, 8), At(3, 31, 17), At(4, 30, 17), At(5, 15, 17), At(5, 31, 17));

    public static readonly Completeness Complete = new([], []);

    public const string Reason = "Thiếu tài liệu kiểm chứng tiêu chí 2.1";

    /// <summary>A context in the middle of the stage, so that no deadline is near.</summary>
    public static WorkflowContext In(PeriodState period, Role role) => new(role, period, Deadlines, Midway(period), Reason: Reason, Completeness: Complete);

    public static DateTimeOffset Midway(PeriodState period) => period switch
    {
        PeriodState.Draft => At(2, 20, 9),
        PeriodState.SelfAssessment => At(3, 15, 9),
        PeriodState.Appraisal => At(4, 15, 9),
        PeriodState.Appeals => At(5, 10, 9),
        PeriodState.Finalisation => At(5, 20, 9),
        _ => At(6, 10, 9),
    };
}
