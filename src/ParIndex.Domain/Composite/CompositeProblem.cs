namespace ParIndex.Domain.Composite;

/// <summary>
/// One thing wrong with a composite index's input, located as precisely as possible: file (null when the problem
/// shows only during the computation), line, column and the indicator or aggregate code.
/// </summary>
public sealed record CompositeProblem(string? File, string Message, int? Line = null, string? Column = null, string? Code = null)
{
    public override string ToString()
    {
        var where = File ?? "composite";
        if (Line is not null) where += $":{Line}";
        if (Column is not null) where += $" column {Column}";
        if (Code is not null) where += $" ({Code})";
        return $"{where}: {Message}";
    }
}
