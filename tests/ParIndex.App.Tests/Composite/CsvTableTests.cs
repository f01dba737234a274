using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

public sealed class CsvTableTests
{
    [Fact]
    public void Quoted_fields_hold_commas_doubled_quotes_and_line_breaks()
    {
        var table = CompositeTable.Parse("x.csv", "\"uCode\",\"uName\",a\r\n\"VN\",\"Việt Nam, \"\"S\"\"\nline 2\",1.5\r\nLA,Lào,2\r\n");
        Assert.Equal(["uCode", "uName", "a"], table.Header);
        Assert.Equal(["VN", "Việt Nam, \"S\"\nline 2", "1.5"], table.Rows[0].Cells);
        Assert.Equal(2, table.Rows[0].Line);
        Assert.Equal(4, table.Rows[1].Line);
    }

    [Fact]
    public void A_byte_order_mark_and_blank_lines_are_ignored()
    {
        var table = CompositeTable.Parse("x.csv", "\uFEFFuCode,a\n\nVN,1\n\n");
        Assert.Equal("uCode", table.Header[0]);
        Assert.Equal(0, table.ColumnIndex("UCODE"));
        var row = Assert.Single(table.Rows);
        Assert.Equal(3, row.Line);
    }

    [Fact]
    public void Empty_quoted_field_at_the_end_is_a_field()
    {
        var table = CompositeTable.Parse("x.csv", "a,b\n1,\"\"");
        Assert.Equal(["1", ""], Assert.Single(table.Rows).Cells);
    }

    [Fact]
    public void A_quote_never_closed_is_located_where_it_opens()
    {
        var p = Small.Problem(() => CompositeTable.Parse("x.csv", "a,b\n1,2\n3,\"oops\n4,5\n"));
        Assert.Equal(("x.csv", 3), (p.File, p.Line));
        Assert.Contains("mở ngoặc kép mà không đóng", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused()
    {
        var p = Small.Problem(() => CompositeTable.Parse("x.csv", "a,b\n\"1\"x,2\n"));
        Assert.Equal(2, p.Line);
    }

    [Fact]
    public void Rows_with_the_wrong_number_of_fields_are_each_located()
    {
        var e = Assert.Throws<CompositeException>(() => CompositeTable.Parse("x.csv", "a,b\n1\n1,2\n1,2,3\n"));
        Assert.Equal([2, 4], e.Problems.Select(p => p.Line!.Value));
        Assert.Contains("has 3 fields, the header has 2", e.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_with_separators_are_quoted_when_written()
    {
        Assert.Equal("plain", CompositeCsv.Field("plain"));
        Assert.Equal("\"a,b\"", CompositeCsv.Field("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", CompositeCsv.Field("say \"hi\""));
    }
}
