using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.App.Evidence.Storage;

/// <summary>File names safe to offer back for download on Windows and Linux.</summary>
internal static partial class FileNames
{
    public const int MaxLength = 150;
    public const string Fallback = "tep";

    private const int MaxExtensionLength = 16;

    /// <summary>
    /// The name without any directory part (/ or \), control, formatting (e.g. bidi overrides) or unassigned characters;
    /// characters Windows or Linux forbid become "_"; whitespace runs become one space, dot runs one dot; leading and
    /// trailing dots and spaces go; Windows device names (CON, NUL, COM1…) get a "_" prefix; Vietnamese letters stay,
    /// NFC-normalised. At most <see cref="MaxLength"/> characters, keeping the extension; never empty ("tep").
    /// </summary>
    public static string Safe(string? name)
    {
        name ??= "";
        name = name[(name.LastIndexOfAny(['/', '\\']) + 1)..];

        var clean = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) clean.Append(' ');
            else if (rune == Rune.ReplacementChar || IsInvisible(Rune.GetUnicodeCategory(rune))) continue;
            else if (rune.Value is '<' or '>' or ':' or '"' or '|' or '?' or '*') clean.Append('_');
            else clean.Append(rune);
        }
        var safe = Dots().Replace(Spaces().Replace(clean.ToString().Normalize(NormalizationForm.FormC), " "), ".").Trim(' ', '.');

        if (DeviceName().IsMatch(safe)) safe = "_" + safe;
        safe = Truncate(safe);
        return safe.Length == 0 ? Fallback : safe;
    }

    private static bool IsInvisible(UnicodeCategory category) => category is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;

    /// <summary>Cuts the stem so that stem + extension fit, on a whole character (never half a surrogate pair or accent).</summary>
    private static string Truncate(string name)
    {
        if (name.Length <= MaxLength) return name;
        var dot = name.LastIndexOf('.');
        var extension = dot > 0 && name.Length - dot <= MaxExtensionLength ? name[dot..] : "";
        var stem = name[..(name.Length - extension.Length)];
        var room = MaxLength - extension.Length;
        var cut = 0;
        foreach (var start in StringInfo.ParseCombiningCharacters(stem))
        {
            if (start > room) break;
            cut = start;
        }
        return stem[..cut].TrimEnd(' ', '.') + extension;
    }

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\.{2,}")]
    private static partial Regex Dots();

    [GeneratedRegex(@"^(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\.|$)", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceName();
}
