namespace ParIndex.App.Files;

/// <summary>
/// One thing wrong in an input file, located as precisely as the format allows: file, sheet, line (row),
/// column, and the framework node code where there is one.
/// </summary>
/// <remarks>
/// A message is at most <see cref="MaxMessage"/> characters: messages name bad values by an excerpt, and this bounds
/// any that echo more, so a problem report never carries back a huge value (see <see cref="Domain.Text.Excerpt"/>).
/// </remarks>
public sealed record ImportProblem(string File, string Message, int? Line = null, string? Column = null, string? Sheet = null, string? Node = null)
{
    public const int MaxMessage = 1000;

    public string Message { get; init; } = Message.Length <= MaxMessage ? Message : Message[..MaxMessage] + $"… ({Message.Length} ký tự / characters)";

    public override string ToString()
    {
        var where = File;
        if (Sheet is not null) where += $" [{Sheet}]";
        if (Line is not null) where += $":{Line}";
        if (Column is not null) where += $" column {Column}";
        if (Node is not null) where += $" (node {Node})";
        return $"{where}: {Message}";
    }
}
