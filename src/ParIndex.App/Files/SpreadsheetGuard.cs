using System.Globalization;

namespace ParIndex.App.Files;

/// <summary>
/// CSV injection: a spreadsheet opening a CSV runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c> or <c>@</c> (or
/// a tab or carriage return) as a formula. Every CSV we write puts an apostrophe before such a text, which spreadsheets
/// show as text, as OWASP recommends; a plain number (<c>-0.61</c>) is left as it is, since it runs nothing and must stay
/// a number. Every CSV we read drops that apostrophe again, so an exported file imports unchanged; a text that already
/// starts with apostrophes before such a character gets one more, so it too reads back as it was.
/// </summary>
public static class SpreadsheetGuard
{
    private static readonly char[] Starts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Guard(string text) => Runs(text) ? "'" + text : text;

    public static string Unguard(string text) => text.StartsWith('\'') && Runs(text[1..]) ? text[1..] : text;

    /// <summary>Whether a spreadsheet would run the text, once any apostrophes before it are taken away.</summary>
    private static bool Runs(string text)
    {
        var rest = text.AsSpan().TrimStart('\'');
        return rest.Length > 0 && Starts.Contains(rest[0])
            && !decimal.TryParse(rest, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
    }
}
