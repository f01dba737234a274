using System.Globalization;
using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Numbers;

/// <summary>
/// The one rule for a number as people type it, in every box of every face (points, ratios, counts, survey answers):
/// digits with at most one decimal mark, which may be the vi-VN comma or the dot (<c>1,3</c> = <c>1.3</c> = 1,3;
/// <c>,5</c> = 0,5; <c>1,</c> = 1), and an optional sign. Thousands separators are refused rather than guessed:
/// <c>1.234,5</c>, <c>1,234.5</c>, <c>1.234.567</c> and <c>1 234</c> could each mean two different numbers, so the
/// reader is asked to write the number without them. No exponent (<c>1e3</c>), no currency, nothing else. The page
/// echoes what was understood, so a dot read as a decimal mark is seen at once.
/// </summary>
public static class DecimalText
{
    /// <summary>The number in <paramref name="text"/> (trimmed), or why it is not one; an empty text is not a number.</summary>
    public static (decimal Value, Message? Error) Read(string? text)
    {
        var t = (text ?? "").Trim();
        var digits = 0;
        var marks = 0;
        var mixed = false;
        char? mark = null;
        for (var i = 0; i < t.Length; i++)
        {
            var c = t[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (c is '.' or ',')
            {
                marks++;
                if (mark is { } m && m != c) mixed = true;
                mark = c;
            }
            else if (c is '+' or '-' && i == 0) continue;
            else if (char.IsWhiteSpace(c) && digits > 0) return (0, NumberMessages.SpaceInside(t));
            else return (0, NumberMessages.NotANumber(t));
        }
        if (digits == 0) return (0, NumberMessages.NotANumber(t));
        if (mixed || marks > 1)
            return (0, NumberMessages.TwoMarks(t));
        var invariant = mark == ',' ? t.Replace(',', '.') : t;
        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return (0, NumberMessages.NotANumber(t));
        // "-0" is zero without its sign, which would otherwise print as "-0".
        return (value == 0 ? 0m : value, null);
    }

    /// <summary>
    /// Whether <paramref name="text"/> looks like a number written with thousands separators (two decimal marks, or a
    /// space between digits): <see cref="Read"/> refuses it with a message that says so.
    /// </summary>
    public static bool Grouped(string? text)
    {
        var t = (text ?? "").Trim();
        return t.Count(c => c is '.' or ',') > 1 || (t.Any(char.IsWhiteSpace) && t.Any(char.IsAsciiDigit));
    }

    /// <summary>Whether <paramref name="text"/> is a number by <see cref="Read"/>.</summary>
    public static bool TryRead(string? text, out decimal value)
    {
        (value, var error) = Read(text);
        return error is null;
    }
}
