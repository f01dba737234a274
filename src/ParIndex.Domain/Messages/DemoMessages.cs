namespace ParIndex.Domain.Messages;

/// <summary>The demo province: who each demo account is and what to try, the steps of its loading, and why it is refused.</summary>
public static class DemoMessages
{
    /// <summary>Who a demo account is and what to try with it.</summary>
    public static Message Account(DemoAccountKind account) => new("demo.account." + account.ToString().ToLowerInvariant());

    public static Message HasPeriods(int periods) => new("demo.has-periods", periods);

    public static Message AccountsTaken(IReadOnlyList<string> names) => new("demo.accounts-taken", new Listing([.. names]));

    public static Message OtherFramework(string code) => new("demo.other-framework", code);

    public static Message NoFolder() => new("demo.no-folder");

    public static Message NeedsUnit(string unit, int year) => new("demo.needs-unit", unit, year);

    public static Message NeedsLeaf(string leaf) => new("demo.needs-leaf", leaf);

    public static Message StepSetup() => new("demo.step.setup");

    public static Message StepReorganisation() => new("demo.step.reorganisation");

    public static Message StepPeriod(int year) => new("demo.step.period", year);

    public static Message StepSelfAssessment(int year) => new("demo.step.self-assessment", year);

    public static Message StepAppraisal(int year) => new("demo.step.appraisal", year);

    public static Message StepAppeals(int year) => new("demo.step.appeals", year);

    public static Message StepPublication(int year) => new("demo.step.publication", year);

    public static Message StepUnderWay() => new("demo.step.under-way");

    public static Message StepTrialSelfAssessment() => new("demo.step.trial-self-assessment");

    public static Message StepTrialAppraisal() => new("demo.step.trial-appraisal");

    public static Message StepTrialAppeals() => new("demo.step.trial-appeals");

    public static Message StepCommunesSelfAssessment() => new("demo.step.communes-self-assessment");

    public static Message StepCommunesAppraisal() => new("demo.step.communes-appraisal");

    public static Message StepDepartmentsSelfAssessment() => new("demo.step.departments-self-assessment");
}
