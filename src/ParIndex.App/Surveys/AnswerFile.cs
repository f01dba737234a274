using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>
/// The rows of an answers file (CSV in UTF-8, or the first sheet of an XLSX workbook) streamed one at a time: the
/// first non-empty row is the header. Memory holds one row, whatever the file's length. A file that is not UTF-8
/// (e.g. saved in Windows-1258 or TCVN3) is refused with the line where the bad bytes start. Progress is the bytes of
/// the file read.
/// </summary>
public static class AnswerFile
{
    public static IEnumerable<(int Line, IReadOnlyList<string?> Cells)> Rows(string path, IProgress<WorkProgress>? progress = null)
    {
        if (!File.Exists(path)) throw new ImportException([new ImportProblem(path, NotFoundMessages.File())]);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => Xlsx(path, new ProgressThrottle(progress, WorkMeasure.Bytes)),
            ".csv" or ".txt" => Csv(path, new ProgressThrottle(progress, WorkMeasure.Bytes)),
            var ext => throw new ImportException([new ImportProblem(path, $"expected a .csv or .xlsx file, not '{Excerpt.Of(ext)}'")]),
        };
    }

    private static IEnumerable<(int, IReadOnlyList<string?>)> Xlsx(string path, ProgressThrottle progress)
    {
        using var stream = File.OpenRead(path);
        foreach (var row in XlsxReader.StreamFirstSheet(stream, path))
        {
            progress.Report(stream.Position, stream.Length);
            if (row.Cells.Any(c => !string.IsNullOrWhiteSpace(c))) yield return row;
        }
        progress.Finish(stream.Length);
    }

    private static IEnumerable<(int, IReadOnlyList<string?>)> Csv(string path, ProgressThrottle progress)
    {
        using var input = CsvInput.Open(path);
        while (input.Read())
        {
            progress.Report(input.BytesRead, input.Length);
            yield return (input.Line, input.Fields());
        }
        progress.Finish(input.Length);
    }
}
