using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Messages;

/// <summary>What saving a score says: refusals of the items themselves, and the confirmation of what was saved.</summary>
public static class ScoreMessages
{
    public static Message FromSurvey(string leaf) => new("score.from-survey", new Criterion(leaf));

    public static Message NoSuchLeaf(string leaf, string framework) => new("score.no-such-leaf", new Typed(leaf), framework);

    public static Message GivenTwice(string leaf) => new("score.given-twice", new Criterion(leaf));

    public static Message NothingToSave() => new("score.nothing-to-save");

    /// <summary>"Đã lưu tiêu chí 1.1.2: 85% → 0,5 điểm".</summary>
    public static Message Saved(string leaf, LeafInput input, ScoringRule rule, decimal points) =>
        new("score.saved", new Criterion(leaf), Shown(input, rule), new Points(points));

    /// <summary>An input as people read it: "Đạt", the option's label, "85%", "0,85", "Không áp dụng".</summary>
    public static Message Shown(LeafInput input, ScoringRule rule) => input.Kind switch
    {
        InputKind.Missing => new("input.shown.missing"),
        InputKind.NotApplicable => new("input.shown.not-applicable"),
        InputKind.PassFail => new("input.shown", new Verdict(input.Passed)),
        InputKind.Option => new("input.shown", rule is OptionsRule options && options.Find(input.Key) is { } o ? new Choice(o.Label, o.LabelEn) : new Typed(input.Key)),
        InputKind.Ratio => new("input.shown", new Percent(input.Value)),
        InputKind.Count => new("input.shown", (int)input.Value),
        _ => new("input.shown", input.Value),
    };

    /// <summary>A score's value as the audit log stored it, read: "phiên bản 2".</summary>
    public static Message StoredVersion(int version) => new("score.stored-version", version);

    /// <summary>"phiên bản 2: Đúng hạn".</summary>
    public static Message Stored(int version, Message input) => new("score.stored", version, input);

    /// <summary>"phiên bản 2: Đúng hạn → 1 điểm".</summary>
    public static Message StoredWithPoints(int version, Message input, decimal points) => new("score.stored-points", version, input, new Points(points));

    /// <summary>A stored input text as people read it (an unreadable one is shown as it was typed).</summary>
    public static Message Shown(string? text, ScoringRule rule) =>
        InputText.Parse(text, rule) is (var input, null) ? Shown(input, rule) : new("input.shown", new Typed(text));
}
