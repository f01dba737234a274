namespace ParIndex.Domain.Messages;

/// <summary>What the pages say of who did something (the audit log, a period's history) and of a refused upload.</summary>
public static class PageMessages
{
    /// <summary>A person by the name their account holds.</summary>
    public static Message Person(string name) => new("actor.person", name);

    /// <summary>Whoever ran a command of <c>parindex</c> on the server (an actor id <c>cli:…</c>).</summary>
    public static Message Operator() => new("actor.operator");

    /// <summary>Someone who answered a sociological survey through an invitation link.</summary>
    public static Message SurveyRespondent() => new("actor.survey-respondent");

    /// <summary>A request larger than the server accepts: "Tệp quá lớn: tối đa 50 MB".</summary>
    public static Message TooLarge(int megabytes) => new("upload.too-large", megabytes);
}
