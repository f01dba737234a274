namespace ParIndex.Domain.Messages;

/// <summary>What is not there (a period, a unit, a survey…) and what someone else changed first.</summary>
public static class NotFoundMessages
{
    public static Message Period(int id) => new("notfound.period", id);

    public static Message Unit(string code) => new("notfound.unit", code);

    public static Message User(string name) => new("notfound.user", name);

    public static Message Account(string name) => new("notfound.account", name);

    public static Message NoOwnAccount() => new("notfound.no-own-account");

    public static Message Appeal(int id) => new("notfound.appeal", id);

    public static Message Token(int id) => new("notfound.token", id);

    public static Message Survey(string code) => new("notfound.survey", code);

    public static Message SurveyLink() => new("notfound.survey-link");

    /// <summary>A survey screen, numbered from 1 as the respondent sees it.</summary>
    public static Message SurveyScreen(int number) => new("notfound.survey-screen", number);

    public static Message Framework(int id) => new("notfound.framework", id);

    /// <summary>Neither or only one of two framework editions, named by code, is stored.</summary>
    public static Message Frameworks(string from, string to) => new("notfound.frameworks", from, to);

    /// <summary>A file named on the command line is not there.</summary>
    public static Message File() => new("notfound.file");

    public static Message AuditEntry(long id) => new("notfound.audit-entry", id);

    public static Message Template(string kind, IReadOnlyList<string> kinds) => new("notfound.template", new Typed(kind), new Listing([.. kinds], int.MaxValue));

    public static Message Group(string period, string group) => new("notfound.group", period, group);

    public static Message Unpublished(string period) => new("notfound.unpublished", period);

    public static Message GroupUnpublished(string period, string group) => new("notfound.group-unpublished", period, group);

    public static Message UnitUnpublished(string unit, int period) => new("notfound.unit-unpublished", unit, period);

    public static Message NotInResults(string unit, string group) => new("notfound.not-in-results", unit, group);

    public static Message NotAssessed(string unit, int period) => new("notfound.not-assessed", unit, period);

    public static Message Leaf(string code, string framework) => new("notfound.leaf", new Typed(code), framework);

    public static Message EvidenceNoFile(int document) => new("notfound.evidence-no-file", document);

    public static Message EvidenceFileMissing(int document) => new("notfound.evidence-file-missing", document);

    public static Message SurveySent() => new("conflict.survey-sent");

    public static Message SurveySavedElsewhere() => new("conflict.survey-saved-elsewhere");

    public static Message SurveyHasResponses(string code) => new("conflict.survey-has-responses", code);

    public static Message SelfAssessmentChanged(string unit) => new("conflict.self-assessment-changed", unit);
}
