namespace ParIndex.Domain.Composite;

/// <summary>One record of a CSV file: the line it starts on (1 = header) and its fields.</summary>
public sealed record CsvRow(int Line, IReadOnlyList<string> Cells);
