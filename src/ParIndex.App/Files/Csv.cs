namespace ParIndex.App.Files;

/// <summary>
/// Whole records of the project's CSV dialect as string arrays, for callers that hold a small file or want one record
/// at a time without spans: <see cref="CsvInput"/> reads, <see cref="CsvOutput"/> writes.
/// </summary>
public static class Csv
{
    /// <summary>The records of a CSV text, each with the line it starts on; blank lines are skipped.</summary>
    public static IReadOnlyList<(int Line, string[] Fields)> Parse(string text, string file)
    {
        using var input = CsvInput.FromText(text, file);
        return [.. All(input)];
    }

    /// <summary>The records of a CSV file, streamed: memory holds one record.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Records(string path)
    {
        using var input = CsvInput.Open(path);
        foreach (var record in All(input)) yield return record;
    }

    /// <summary>The records of CSV text from a reader, streamed; an exception from the reader passes through.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Records(TextReader reader, string file)
    {
        using var input = CsvInput.FromReader(reader, file);
        foreach (var record in All(input)) yield return record;
    }

    /// <summary>One record of text fields, without its line break (see <see cref="CsvOutput.Field"/>).</summary>
    public static string Line(IEnumerable<string?> fields) => CsvOutput.Text(csv => csv.Row(fields)).TrimEnd('\n');

    private static IEnumerable<(int Line, string[] Fields)> All(CsvInput input)
    {
        while (input.Read()) yield return (input.Line, input.Fields());
    }
}
