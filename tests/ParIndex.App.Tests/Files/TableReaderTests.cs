using ParIndex.App.Files;

namespace ParIndex.App.Tests.Files;

/// <summary>A CSV file streamed a row at a time gives the same cells, lines and located problems as the whole table.</summary>
public sealed class TableReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("table-reader-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string text)
    {
        var path = Path.Combine(_dir, "s.csv");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Cells_are_trimmed_unquoted_and_unguarded_on_the_lines_they_start_on()
    {
        var path = Write("\uFEFF unit , code,value\n\n  SNV ,\"1.1\",\" a, \"\"b\"\" \"\nSTP,'=SUM(A1),Sở Tư pháp\nSCT,\"x\ny\",'-0.5\nSKH\n");
        using var reader = TableReader.Open(path);
        var rows = new List<(int Line, string Unit, string Code, string Value)>();
        while (reader.Read()) rows.Add((reader.Line, reader.Text(0), reader.Text(1), reader.Text(2)));

        Assert.Equal(
            [(3, "SNV", "1.1", "a, \"b\""), (4, "STP", "=SUM(A1)", "Sở Tư pháp"), (5, "SCT", "x\ny", "'-0.5"), (7, "SKH", "", "")],
            rows);
        Assert.Equal(4, reader.RowsRead);
        var whole = Table.Load(path);
        Assert.Equal(whole.Rows.Select(r => (r.Line, r.Cell(0), r.Cell(1), r.Cell(2))), rows);
    }

    [Fact]
    public void A_problem_names_the_file_line_and_column_as_the_whole_table_does()
    {
        var path = Write("unit,code,value\nSNV,1.1,pass\nSTP,9.9,fail\n");
        using var reader = TableReader.Open(path);
        reader.Read();
        reader.Read();
        Assert.Equal(new ImportProblem(path, "no such node", 3, "2 (code)", null, "9.9"), reader.Problem(1, "no such node", "9.9"));
        Assert.Equal(Table.Load(path).Problem(Table.Load(path).Rows[1], 1, "no such node", "9.9"), reader.Problem(1, "no such node", "9.9"));
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line()
    {
        var path = Write("unit,value\nSNV,pass\n");
        using var reader = TableReader.Open(path);
        var problems = new List<ImportProblem>();
        Assert.Equal([0, -1], reader.RequireColumns(problems, "unit", "code"));
        Assert.Equal(1, Assert.Single(problems).Line);
    }

    [Fact]
    public void An_empty_file_is_refused_on_line_one()
    {
        var path = Write("");
        var e = Assert.Throws<ImportException>(() => TableReader.Open(path));
        Assert.Equal(1, Assert.Single(e.Problems).Line);
    }
}
