using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>
/// Why a step of the year is refused: creating a period, appraising, deciding an appeal, publishing, printing minutes,
/// a token, a framework edition — and the appeals' own problems.
/// </summary>
public static class StepMessages
{
    public static Message NoFramework(string code) => new("step.no-framework", code);

    public static Message GroupTwoFrameworks(string group) => new("step.group-two-frameworks", group);

    public static Message PeriodNameTaken(string name) => new("step.period-name-taken", name);

    public static Message UnitGroupWithoutFramework(string unit, string group) => new("step.unit-group-without-framework", unit, group);

    public static Message PeriodWithoutUnits() => new("step.period-without-units");

    public static Message NoSuchPolicy(string policy) => new("step.no-such-policy", new Typed(policy));

    public static Message AppraiserNeedsScope() => new("step.appraiser-needs-scope");

    public static Message ExtensionNeedsReason() => new("step.extension-needs-reason");

    public static Message AppraiseWhen(PeriodState period, SubmissionState submission) => new("step.appraise-when", period, submission);

    public static Message AppraisalClosed(DateTimeOffset closed) => new("step.appraisal-closed", closed);

    public static Message AppraisalNeedsReason() => new("step.appraisal-needs-reason");

    public static Message DecideWhen(PeriodState period) => new("step.decide-when", period);

    /// <summary>An appeal decided already, <paramref name="accepted"/> or rejected.</summary>
    public static Message AppealDecided(bool accepted) => new(accepted ? "step.appeal-accepted-already" : "step.appeal-rejected-already");

    public static Message DecisionNeedsReason() => new("step.decision-needs-reason");

    public static Message AppealNeedsItem() => new("step.appeal-needs-item");

    public static Message AppealNoLeaf(string leaf) => new("step.appeal-no-leaf", leaf);

    public static Message AppealNeedsArgument() => new("step.appeal-needs-argument");

    public static Message AppealDocumentNotOwn(int document) => new("step.appeal-document-not-own", document);

    public static Message AppealedTwice() => new("step.appealed-twice");

    public static Message PublishWhen(PeriodState now) => new("step.publish-when", now, PeriodState.Finalisation);

    public static Message PublishRaced(string period) => new("step.publish-raced", period);

    public static Message MinutesNotYet(string unit, string name) => new("step.minutes-not-yet", new UnitName(unit, name));

    public static Message ScoreRaced(string leaf, int version, string input) => new("step.score-raced", leaf, version, new Typed(input));

    public static Message FrameworkChanged(string code) => new("step.framework-changed", code);

    public static Message TokenName() => new("step.token-name");

    public static Message TokenNameNul() => new("step.token-name-nul");

    public static Message TokenDays(int max) => new("step.token-days", max);

    public static Message PrintQueueFull() => new("step.print-queue-full");

    public static Message SealsBroken(long seal, long position, string problem) => new("step.seals-broken", seal, position, problem);

    public static Message AuditBroken(string stream, long entry, long position, string problem) => new("step.audit-broken", stream, entry, position, problem);
}
