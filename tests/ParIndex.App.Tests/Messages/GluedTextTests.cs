using System.Text.RegularExpressions;

namespace ParIndex.App.Tests.Messages;

/// <summary>
/// A reader sees one language: no string literal in src/ may glue a Vietnamese text and its English translation with
/// " / " ("Không có kỳ đánh giá 9 / No period 9"). Texts belong in the message catalogue (src/ParIndex.Domain/Messages,
/// Catalogue.*.cs, which holds each language apart) or in a view's <c>@T["…", "…"]</c>. Migrations and compiled models are
/// generated and left out.
/// </summary>
public sealed partial class GluedTextTests
{
    /// <summary>
    /// Files that still glue texts, with how many literals, while the catalogue work goes on (issue 15). The count may
    /// only fall: a file not listed must have none, a listed file no more than its count, and a file that reaches zero
    /// must leave the list, so the list shrinks to nothing.
    /// </summary>
    private static readonly Dictionary<string, int> NotYetConverted = new(StringComparer.Ordinal)
    {
        ["src/ParIndex.App/Features/Composite/BuildComposite.cs"] = 3,
        ["src/ParIndex.Domain/Text/Excerpt.cs"] = 1,
    };

    [Fact]
    public void No_string_literal_glues_two_languages()
    {
        var found = GluedLiterals().GroupBy(g => g.File).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (file, literals) in found.OrderBy(f => f.Key, StringComparer.Ordinal))
            if (!NotYetConverted.TryGetValue(file, out var allowed) || literals.Count > allowed)
                problems.AddRange(literals.Select(l => $"{file}:{l.Line}: {l.Text}"));
        foreach (var (file, allowed) in NotYetConverted)
            if (found.GetValueOrDefault(file)?.Count is not { } count || count < allowed)
                problems.Add($"{file}: now {found.GetValueOrDefault(file)?.Count ?? 0} glued literal(s), listed with {allowed}: lower its count (or remove it at zero)");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Theory]
    [InlineData("\"Không có kỳ đánh giá {id} / No period {id}\"", true)]
    [InlineData("\"xem giải trình / see appeals\"", true)]
    [InlineData("\"Chỉ đơn vị được in hồ sơ của đơn vị / \" +", true)]
    [InlineData("\"(cần vai trò / needs {roles})\"", true)]
    [InlineData("\"Tổng điểm {a} / {b} điểm áp dụng\"", false)]
    [InlineData("\"ông/bà\"", false)]
    [InlineData("\"Thư mục sao lưu — the backup folder\"", false)]
    [InlineData("\"/quan-tri/ky/{id}\"", false)]
    public void The_check_sees_glue_and_only_glue(string line, bool glued) =>
        Assert.Equal(glued, Literal().Matches(line).Any(m => Glues(m.Groups["text"].Value)));

    private static IEnumerable<(string File, int Line, string Text)> GluedLiterals()
    {
        var src = Path.Combine(Repo.Root, "src");
        foreach (var path in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(Repo.Root, path).Replace('\\', '/');
            if (file.Contains("/Migrations/", StringComparison.Ordinal) || file.Contains("/CompiledModels/", StringComparison.Ordinal)
                || file.Contains("/obj/", StringComparison.Ordinal) || file.Contains("/bin/", StringComparison.Ordinal)
                || Path.GetFileName(file).StartsWith("Catalogue.", StringComparison.Ordinal)) continue;
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                foreach (Match m in Literal().Matches(line))
                    if (Glues(m.Groups["text"].Value)) yield return (file, number, m.Value);
            }
        }
    }

    /// <summary>
    /// " / " after a part with Vietnamese diacritics and before an English part (a letter, a placeholder or nothing, when
    /// the translation is the next literal), which itself has none.
    /// </summary>
    private static bool Glues(string text)
    {
        for (var at = text.IndexOf(" / ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(" / ", at + 1, StringComparison.Ordinal))
        {
            var after = text[(at + 3)..];
            if (Diacritic().IsMatch(text[..at]) && (after.Length == 0 || (EnglishStart().IsMatch(after) && !Diacritic().IsMatch(after)))) return true;
        }
        return text.EndsWith(" /", StringComparison.Ordinal) && Diacritic().IsMatch(text);
    }

    [GeneratedRegex("\"(?<text>(?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex Literal();

    [GeneratedRegex("^[A-Za-z{(]")]
    private static partial Regex EnglishStart();

    [GeneratedRegex("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex Diacritic();
}
