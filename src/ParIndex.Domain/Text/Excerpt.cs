namespace ParIndex.Domain.Text;

/// <summary>
/// How a bad value is named in an error: whole when short, else its beginning and its length — never the whole of a
/// value someone may have made megabytes long, so an error stays an error and not a copy of the attack.
/// </summary>
public static class Excerpt
{
    public const int MaxLength = 60;

    public static string Of(string? text)
    {
        if (text is null) return "";
        if (text.Length <= MaxLength) return text;
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Start(text)}… ({text.Length} ký tự / characters)");
    }

    /// <summary>The part of a long text an excerpt shows: <see cref="MaxLength"/> characters, never half a surrogate pair.</summary>
    public static string Start(string text) =>
        text.Length <= MaxLength ? text : text[..(char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength)];
}
