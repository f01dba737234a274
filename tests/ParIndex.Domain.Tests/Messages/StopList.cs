using System.Text.RegularExpressions;

namespace ParIndex.Domain.Tests.Messages;

/// <summary>
/// What a Vietnamese text must not hold: English words from the program's vocabulary, option codes, a decimal point in
/// a number, two languages glued with " / "; and what an English text must not: Vietnamese diacritics.
/// </summary>
public static partial class StopList
{
    /// <summary>
    /// English words a Vietnamese reader was shown by mistake. Chosen so that no Vietnamese word or name matches them
    /// as a whole word (“unit”, “period” and the like are never Vietnamese syllables).
    /// </summary>
    public static readonly string[] EnglishWords =
    [
        "points", "point", "node", "column", "row", "file", "sheet", "outside", "pass", "fail", "failed", "passed", "full",
        "ontime", "late", "submitted", "unit", "period", "criterion", "ratio", "count", "the", "is", "not", "must",
        "cannot", "draft", "appraisal", "appeal", "published", "step", "option", "options", "value", "empty",
    ];

    public static IReadOnlyList<string> InVietnamese(string text)
    {
        var found = new List<string>();
        foreach (Match word in Word().Matches(text))
            if (EnglishWords.Contains(word.Value, StringComparer.OrdinalIgnoreCase)) found.Add($"English word “{word.Value}”");
        foreach (Match number in DecimalPoint().Matches(text)) found.Add($"decimal point in “{number.Value}”");
        if (Glue().IsMatch(text)) found.Add("two languages glued with “ / ”");
        return found;
    }

    public static IReadOnlyList<string> InEnglish(string text) =>
        [.. Diacritic().Matches(text).Select(m => $"Vietnamese “{m.Value}”")];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>A number with a decimal point before "điểm" or "%" (a dotted code such as 1.3.2 is not a number).</summary>
    [GeneratedRegex(@"(?<![\d.])\d+\.\d+(?=\s*(điểm|%))")]
    private static partial Regex DecimalPoint();

    /// <summary>" / " between the end of one sentence and the capital that starts its translation.</summary>
    [GeneratedRegex(@"[\p{L}\d”)] / \p{Lu}")]
    private static partial Regex Glue();

    [GeneratedRegex(@"\p{L}*[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]\p{L}*")]
    private static partial Regex Diacritic();
}
