using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>Why an actor may not do something, or not on this unit.</summary>
public static class AccessMessages
{
    /// <summary>"Bạn không có quyền tạo kỳ đánh giá (cần vai trò “Quản trị hệ thống” hoặc “Thường trực”)".</summary>
    public static Message MayNot(Act what, IReadOnlyList<Role> needed) => new("access.may-not", Action(what), new Alternatives([.. needed.Cast<object>()]));

    /// <summary>The words of an act: "tạo kỳ đánh giá" / "create a period".</summary>
    public static Message Action(Act what) => new("act." + what);

    public static Message OwnUnitOnly() => new("access.own-unit-only");

    public static Message NotAssigned() => new("access.not-assigned");

    public static Message WholeUnitAppraiser() => new("access.whole-unit-appraiser");

    public static Message NotPublished() => new("access.not-published");

    public static Message NotWholeUnit() => new("access.not-whole-unit");

    public static Message InsidersPrint() => new("access.insiders-print");

    public static Message AppealDecisionsPrint() => new("access.appeal-decisions-print");

    public static Message OwnTokens() => new("access.own-tokens");

    public static Message OwnSurveyResults() => new("access.own-survey-results");

    public static Message UnitUsersOnly() => new("access.unit-users-only");

    public static Message SecretariatUnitAccounts() => new("access.secretariat-unit-accounts");

    public static Message OpenEvidence() => new("access.open-evidence");
}
