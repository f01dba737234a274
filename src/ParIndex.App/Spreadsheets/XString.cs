using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.App.Spreadsheets;

/// <summary>
/// Excel's escaping of cell text (ECMA-376 ST_Xstring): characters XML cannot carry, and carriage returns that XML
/// would turn into plain line feeds, are written as <c>_xHHHH_</c>; a literal "_xHHHH_" is protected by escaping
/// its underscore. This is what Excel itself does, so text survives a round trip exactly.
/// </summary>
internal static partial class XString
{
    private static readonly SearchValues<char> Hex = SearchValues.Create("0123456789ABCDEFabcdef");

    public static string Escape(string text)
    {
        if (!NeedsEscape(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                sb.Append(c).Append(text[++i]);
            else if (IsUnsafe(c) || (c == '_' && StartsEscape(text, i)))
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            else
                sb.Append(c);
        }
        return sb.ToString();
    }

    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escaped().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString())
            : text;

    private static bool NeedsEscape(string text)
    {
        foreach (var c in text)
            if (IsUnsafe(c)) return true;
        return text.Contains("_x", StringComparison.Ordinal);
    }

    /// <remarks>Surrogates count as unsafe here; <see cref="Escape"/> lets well-formed pairs through.</remarks>
    private static bool IsUnsafe(char c) => (c < ' ' && c is not '\t' and not '\n') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static bool StartsEscape(string text, int i) =>
        i + 7 <= text.Length && text[i + 1] == 'x' && text[i + 6] == '_' && !text.AsSpan(i + 2, 4).ContainsAnyExcept(Hex);

    [GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial Regex Escaped();
}
