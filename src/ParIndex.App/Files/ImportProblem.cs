namespace ParIndex.App.Files;

/// <summary>
/// One thing wrong in an input file, located as precisely as the format allows: file, sheet, line (row),
/// column, and the framework node code where there is one.
/// </summary>
public sealed record ImportProblem(string File, string Message, int? Line = null, string? Column = null, string? Sheet = null, string? Node = null)
{
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
