using ParIndex.App.Files;

namespace ParIndex.App.Tests.Files;

public sealed class CsvTextTests
{
    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks_and_keep_their_starting_line()
    {
        var records = CsvText.Parse("code,name\r\nSNV,\"Sở Nội vụ, tỉnh \"\"Mẫu\"\"\"\nSTP,\"Sở\nTư pháp\"\nSCT,Sở Công Thương\n", "u.csv");
        Assert.Equal(4, records.Count);
        Assert.Equal(["SNV", "Sở Nội vụ, tỉnh \"Mẫu\""], records[1].Fields);
        Assert.Equal(2, records[1].Line);
        Assert.Equal("Sở\nTư pháp", records[2].Fields[1]);
        Assert.Equal(3, records[2].Line);
        Assert.Equal(5, records[3].Line);
    }

    [Fact]
    public void A_byte_order_mark_and_blank_lines_are_ignored()
    {
        var records = CsvText.Parse("\uFEFFunit,code\n\nA,1\n", "s.csv");
        Assert.Equal(["unit", "code"], records[0].Fields);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(["A", "1"], records[1].Fields);
    }

    [Fact]
    public void Semicolons_separate_when_the_header_has_no_comma()
    {
        var records = CsvText.Parse("unit;code;value\nA;1.1;0,93\n", "s.csv");
        Assert.Equal(["A", "1.1", "0,93"], records[1].Fields);
    }

    [Theory]
    [InlineData("a,b\nx,y\0\n", 2)]
    [InlineData("a,b\nx,y\n\"z\nw\0\",v\n", 4)]
    [InlineData("\0a\0,\0b\n", 1)]
    public void A_NUL_character_is_refused_on_its_line(string text, int line)
    {
        var e = Assert.Throws<ImportException>(() => CsvText.Parse(text, "nul.csv"));
        Assert.Equal($"nul.csv:{line}: có ký tự NUL (U+0000), không phải văn bản / a NUL character (U+0000), which is not text: " +
                     "tệp không phải UTF-8 (có thể là UTF-16 hoặc tệp nhị phân) / the file is not UTF-8 (perhaps UTF-16 or a binary file)", e.Problems.Single().ToString());
    }

    [Fact]
    public void An_unclosed_quote_is_located()
    {
        var e = Assert.Throws<ImportException>(() => CsvText.Parse("a,b\nx,\"open\ny,z\n", "bad.csv"));
        Assert.Equal("bad.csv:2: một ô mở ngoặc kép mà không đóng / a quoted field is never closed", e.Problems.Single().ToString());
    }

    [Fact]
    public void Fields_are_quoted_only_when_needed() =>
        Assert.Equal("SNV,\"Sở, ban\",\"say \"\"hi\"\"\"", CsvText.Line(["SNV", "Sở, ban", "say \"hi\""]));
}
