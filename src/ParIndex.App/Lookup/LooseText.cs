using System.Globalization;

namespace ParIndex.App.Lookup;

/// <summary>
/// Search as people type it: ignoring case and Vietnamese diacritics, so "nguyen" finds "Nguyễn" and "do" finds "Đỗ"
/// ("đ" is a letter of its own in Unicode, not "d" with a mark, so it is folded first).
/// </summary>
public static class LooseText
{
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public static bool Contains(string? text, string term) =>
        text is not null && CultureInfo.InvariantCulture.CompareInfo.IndexOf(Fold(text), Fold(term.Trim()), Loose) >= 0;

    /// <summary>Whether any of the texts contains the term; true for an empty term.</summary>
    public static bool AnyContains(string? term, params string?[] texts) =>
        string.IsNullOrWhiteSpace(term) || texts.Any(t => Contains(t, term));

    private static string Fold(string text) => text.Replace('đ', 'd').Replace('Đ', 'D');
}
