namespace ParIndex.App.Files;

/// <summary>
/// U+0000 is never text: PostgreSQL cannot store it, and in an import it comes from a binary file, UTF-16 read as
/// UTF-8, or an escape (<c>\u0000</c> in JSON, <c>_x0000_</c> in Excel). Every reader refuses it where it stands.
/// </summary>
public static class NulText
{
    public static bool In(string? text) => text is not null && text.Contains('\0', StringComparison.Ordinal);
}
