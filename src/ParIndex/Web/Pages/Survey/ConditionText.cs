using ParIndex.App.Features.Surveys;
using ParIndex.Domain.Surveys;

namespace ParIndex.Web.Pages.Survey;

/// <summary>
/// A show-if condition as a respondent reads it, with the questions and choices by their labels instead of their codes:
/// «Ông/bà nộp hồ sơ theo cách nào?» là «Nộp trực tuyến trên Cổng Dịch vụ công». A question not on the screen keeps its code.
/// </summary>
public static class ConditionText
{
    public static string Describe(Condition condition, IReadOnlyList<ScreenQuestion> screen, Texts t) => condition switch
    {
        Condition.Compare { Op: "=" or "!=" } c => $"{Label(c.Question, screen, t)} {(c.Op == "=" ? t["là", "is"] : t["không phải", "is not"])} {Choice(c.Question, c.Value, screen, t)}",
        Condition.Compare c => $"{Label(c.Question, screen, t)} {c.Op} {c.Value}",
        Condition.In c => $"{Label(c.Question, screen, t)} {t["là một trong", "is one of"]} {string.Join(", ", c.Values.Select(v => Choice(c.Question, v, screen, t)))}",
        Condition.And c => $"{Describe(c.Left, screen, t)} {t["và", "and"]} {Describe(c.Right, screen, t)}",
        Condition.Or c => $"{Describe(c.Left, screen, t)} {t["hoặc", "or"]} {Describe(c.Right, screen, t)}",
        _ => condition.Text,
    };

    private static Question? Find(string code, IReadOnlyList<ScreenQuestion> screen) =>
        screen.Select(s => s.Question).FirstOrDefault(q => string.Equals(q.Code, code, StringComparison.OrdinalIgnoreCase));

    private static string Label(string code, IReadOnlyList<ScreenQuestion> screen, Texts t) =>
        Find(code, screen) is { } q ? $"«{t[q.Label, q.LabelEn ?? q.Label]}»" : code;

    private static string Choice(string code, string value, IReadOnlyList<ScreenQuestion> screen, Texts t) =>
        Find(code, screen)?.Options.FirstOrDefault(c => string.Equals(c.Code, value, StringComparison.OrdinalIgnoreCase)) is { } choice
            ? $"«{t[choice.Label, choice.LabelEn ?? choice.Label]}»"
            : $"«{value}»";
}
