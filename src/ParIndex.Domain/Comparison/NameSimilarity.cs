using System.Globalization;
using System.Text;

namespace ParIndex.Domain.Comparison;

/// <summary>
/// How alike two Vietnamese names are, the way a reader would judge: diacritics folded (ế → e, đ → d), case and
/// punctuation ignored, common function words (và, của, các…) left out, then the words they share.
/// </summary>
public static class NameSimilarity
{
    /// <summary>Left out before folding, so that "của" goes and "cửa" (một cửa) stays.</summary>
    private static readonly HashSet<string> FunctionWords =
        ["và", "của", "các", "những", "cho", "trong", "theo", "với", "được", "về", "tại", "từ", "đến", "là", "có"];

    /// <summary>The name folded to plain lower-case ASCII words.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static IReadOnlySet<string> Words(string text)
    {
        var words = new HashSet<string>();
        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
                continue;
            }
            if (word.Length > 0 && !FunctionWords.Contains(word.ToString())) words.Add(Fold(word.ToString()));
            word.Clear();
        }
        return words;
    }

    /// <summary>Dice coefficient of the two names' words: 2 |A ∩ B| ÷ (|A| + |B|), from 0 (nothing shared) to 1.</summary>
    public static decimal Of(string a, string b) => Dice(Words(a), Words(b));

    public static decimal Dice(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        a.Count + b.Count == 0 ? 1m : 2m * a.Count(b.Contains) / (a.Count + b.Count);

    /// <summary>Share of <paramref name="part"/>'s words found in <paramref name="whole"/>: 1 when the whole holds every word of the part.</summary>
    public static decimal Within(IReadOnlySet<string> part, IReadOnlySet<string> whole) =>
        part.Count == 0 ? 0m : (decimal)part.Count(whole.Contains) / part.Count;
}
