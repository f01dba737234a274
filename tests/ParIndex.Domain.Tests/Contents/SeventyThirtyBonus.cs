using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring.Rules;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Contents;

/// <summary>
/// A small framework on the 70 + 30 + bonus pattern (areas worth 70, the survey content worth 30, a bonus/penalty
/// content within [−3, 3]), small enough that every expected number below is worked by hand.
/// </summary>
internal static class SeventyThirtyBonus
{
    public static FrameworkNode Areas1 => Node("1", Manual("1.1", 40));

    public static FrameworkNode Areas2 => Node("2", Manual("2.1", 20), Manual("2.2", 10));

    public static FrameworkNode Survey => new("KS", "Điều tra xã hội học", 30,
        [Leaf("KS.1", 20, new SurveyRule("SIPAS", SurveyMode.Proportional)), Leaf("KS.2", 10, new SurveyRule("CBCC", SurveyMode.Proportional))],
        Content: ContentKind.Survey);

    /// <summary>Innovations +1 each up to 2; violations −0.5 each down to −4; other merits entered as 0–2 points; the content within [−3, 3].</summary>
    public static FrameworkNode Bonus(bool capTotal = false) => new("T", "Nội dung điểm thưởng, điểm trừ", 3,
        [Leaf("T.1", 2, new BonusRule(Cap: 2, PerItem: 1)), Leaf("T.2", 0, new BonusRule(Cap: 0, PerItem: -0.5m, Floor: -4)), Leaf("T.3", 2, new BonusRule(Cap: 2))],
        Content: ContentKind.Bonus, Floor: -3, CapTotal: capTotal);

    public static CompiledFramework Compile(bool capTotal = false) => Build.Compile(Areas1, Areas2, Survey, Bonus(capTotal));
}
