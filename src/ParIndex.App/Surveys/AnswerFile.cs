using System.Text;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>
/// The rows of an answers file (CSV in UTF-8, or the first sheet of an XLSX workbook) streamed one at a time: the
/// first non-empty row is the header. Memory holds one row, whatever the file's length. A file that is not UTF-8
/// (e.g. saved in Windows-1258 or TCVN3) is refused with the line where the bad bytes start.
/// </summary>
public static class AnswerFile
{
    public static IEnumerable<(int Line, IReadOnlyList<string?> Cells)> Rows(string path)
    {
        if (!File.Exists(path)) throw new ImportException([new ImportProblem(path, "không tìm thấy tệp / file not found")]);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => Xlsx(path),
            ".csv" or ".txt" => Csv(path),
            var ext => throw new ImportException([new ImportProblem(path, $"expected a .csv or .xlsx file, not '{Excerpt.Of(ext)}'")]),
        };
    }

    private static IEnumerable<(int, IReadOnlyList<string?>)> Xlsx(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var row in XlsxReader.StreamFirstSheet(stream, path))
            if (row.Cells.Any(c => !string.IsNullOrWhiteSpace(c))) yield return row;
    }

    private static IEnumerable<(int, IReadOnlyList<string?>)> Csv(string path)
    {
        using var reader = new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
        using var records = CsvText.Records(reader, path).GetEnumerator();
        var line = 1;
        while (true)
        {
            try
            {
                if (!records.MoveNext()) yield break;
            }
            catch (DecoderFallbackException)
            {
                throw new ImportException([new ImportProblem(path, "tệp không phải văn bản UTF-8 (sai bảng mã); hãy lưu dạng CSV UTF-8 / the file is not UTF-8 text (wrong encoding); save it as CSV UTF-8", line + 1)]);
            }
            line = records.Current.Line;
            yield return (records.Current.Line, records.Current.Fields);
        }
    }
}
