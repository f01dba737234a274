using ParIndex.App.Files;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Files;

public sealed class CsvTests
{
    [Fact]
    public void Quoted_fields_hold_commas_quotes_and_line_breaks_and_keep_their_starting_line()
    {
        var records = Csv.Parse("code,name\r\nSNV,\"Sở Nội vụ, tỉnh \"\"Mẫu\"\"\"\nSTP,\"Sở\nTư pháp\"\nSCT,Sở Công Thương\n", "u.csv");
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
        var records = Csv.Parse("\uFEFFunit,code\n\nA,1\n", "s.csv");
        Assert.Equal(["unit", "code"], records[0].Fields);
        Assert.Equal(3, records[1].Line);
        Assert.Equal(["A", "1"], records[1].Fields);
    }

    [Fact]
    public void Semicolons_separate_when_the_header_has_no_comma()
    {
        var records = Csv.Parse("unit;code;value\nA;1.1;0,93\n", "s.csv");
        Assert.Equal(["A", "1.1", "0,93"], records[1].Fields);
    }

    [Theory]
    [InlineData("a,b\nx,y\0\n", 2)]
    [InlineData("a,b\nx,y\n\"z\nw\0\",v\n", 4)]
    [InlineData("\0a\0,\0b\n", 1)]
    public void A_NUL_character_is_refused_on_its_line(string text, int line)
    {
        var e = Assert.Throws<ImportException>(() => Csv.Parse(text, "nul.csv"));
        Assert.Equal($"nul.csv, dòng {line}: có ký tự NUL (U+0000): tệp không phải UTF-8 (có thể là UTF-16 hoặc tệp nhị phân)", e.Problems.Single().ToString());
        Assert.Equal($"nul.csv, row {line}: a NUL character (U+0000): the file is not UTF-8 (perhaps UTF-16 or a binary file)", e.Problems.Single().In(Language.En));
    }

    [Fact]
    public void An_unclosed_quote_is_located()
    {
        var e = Assert.Throws<ImportException>(() => Csv.Parse("a,b\nx,\"open\ny,z\n", "bad.csv"));
        Assert.Equal("bad.csv, dòng 2: một ô mở ngoặc kép mà không đóng", e.Problems.Single().ToString());
    }

    [Fact]
    public void Fields_are_quoted_only_when_needed() =>
        Assert.Equal("SNV,\"Sở, ban\",\"say \"\"hi\"\"\"", Csv.Line(["SNV", "Sở, ban", "say \"hi\""]));

    [Fact]
    public void Text_after_a_closing_quote_is_located_on_its_own_line()
    {
        var e = Assert.Throws<ImportException>(() => Csv.Parse("a,b\nx,\"two\nlines\"!,y\n", "bad.csv"));
        Assert.Equal("bad.csv, dòng 3: có chữ sau dấu ngoặc kép đóng", e.Problems.Single().ToString());
    }

    [Fact]
    public void A_quote_inside_an_unquoted_field_is_text() =>
        Assert.Equal(["Sở \"A\"", "b\"c"], Csv.Parse("h1,h2\nSở \"A\",b\"c\n", "q.csv")[1].Fields);

    [Fact]
    public void A_lone_carriage_return_ends_a_line()
    {
        var records = Csv.Parse("a,b\rx,y\r\rz,w", "mac.csv");
        Assert.Equal([(1, "a"), (2, "x"), (4, "z")], records.Select(r => (r.Line, r.Fields[0])));
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_are_refused_on_their_line()
    {
        var path = Path.Combine(Repo.TempDir(), "latin.csv");
        File.WriteAllBytes(path, [.. "code,name\nA,\"Sở\nT"u8, 0xF4, .. "t\"\n"u8]); // "Tôt" in Latin-1, on the record's second line
        var e = Assert.Throws<ImportException>(() => Csv.Records(path).ToList());
        Assert.Equal($"{path}, dòng 3: tệp không phải văn bản UTF-8 (sai bảng mã); hãy lưu dạng CSV UTF-8",
            e.Problems.Single().ToString());
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'a', 0, (byte)',', 0, (byte)'b', 0 })]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'a', 0, (byte)',', 0, (byte)'b' })]
    public void A_UTF_16_file_is_refused_by_its_byte_order_mark(byte[] bytes)
    {
        var path = Path.Combine(Repo.TempDir(), "wide.csv");
        File.WriteAllBytes(path, bytes);
        var e = Assert.Throws<ImportException>(() => Csv.Records(path).ToList());
        Assert.Equal($"{path}, dòng 1: tệp là UTF-16, không phải UTF-8; hãy lưu dạng CSV UTF-8", e.Problems.Single().ToString());
    }

    [Fact]
    public void A_file_reads_as_its_text_does()
    {
        const string text = "\uFEFFunit;code;value\r\nSNV;1.1;\"0,93\"\n\n\"Sở\nTư pháp\";1.2;NA\n";
        var path = Path.Combine(Repo.TempDir(), "semi.csv");
        File.WriteAllText(path, text);
        var fromFile = Csv.Records(path).ToList();
        Assert.Equal(Csv.Parse(text, path).Select(r => (r.Line, string.Join('|', r.Fields))), fromFile.Select(r => (r.Line, string.Join('|', r.Fields))));
        Assert.Equal((4, "Sở\nTư pháp|1.2|NA"), (fromFile[2].Line, string.Join('|', fromFile[2].Fields)));
    }

    /// <summary>Issue 14, item 15: what a spreadsheet would run as a formula is written as text; numbers stay numbers.</summary>
    [Fact]
    public void Cells_a_spreadsheet_would_run_are_written_as_text_and_numbers_stay_numbers()
    {
        var text = CsvOutput.Text(csv =>
        {
            csv.Row(["=1+1", "+84 912", "-Sở", "@SUM(A1)", "\t=cmd", "\r=cmd", "-0.61", "+3", "-", "'=kept", "x=1"]);
            csv.Number(-0.61m, "0.00").Number(-12).Number(-0.5, "0.######").Number((decimal?)null, "0.00").Field(null).EndRow();
        });
        Assert.Equal("'=1+1,'+84 912,'-Sở,'@SUM(A1),'\t=cmd,\"'\r=cmd\",-0.61,+3,'-,''=kept,x=1\n-0.61,-12,-0.5,,\n", text);

        var back = Csv.Parse(text, "out.csv");
        Assert.Equal(["=1+1", "+84 912", "-Sở", "@SUM(A1)", "\t=cmd", "\r=cmd", "-0.61", "+3", "-", "'=kept", "x=1"], back[0].Fields);
        Assert.Equal(["-0.61", "-12", "-0.5", "", ""], back[1].Fields);
    }
}
