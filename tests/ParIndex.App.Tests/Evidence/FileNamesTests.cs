using ParIndex.App.Evidence.Storage;

namespace ParIndex.App.Tests.Evidence;

public sealed class FileNamesTests
{
    [Fact]
    public void Vietnamese_letters_are_kept_and_composed()
    {
        // decomposed, as macOS and some browsers send it: "Báo cáo tự đánh giá 2024.pdf"
        var decomposed = "Ba\u0301o ca\u0301o tu\u031B\u0323 đa\u0301nh gia\u0301 2024.pdf";

        Assert.Equal("Báo cáo tự đánh giá 2024.pdf", FileNames.Safe(decomposed));
        Assert.Equal(28, FileNames.Safe(decomposed).Length);
    }

    [Fact]
    public void A_300_character_name_is_cut_to_150_keeping_its_extension()
    {
        var safe = FileNames.Safe(new string('đ', 295) + ".xlsx");

        Assert.Equal(new string('đ', 145) + ".xlsx", safe);
        Assert.Equal(150, safe.Length);
    }

    [Fact]
    public void A_cut_that_ends_on_a_space_drops_it()
    {
        var name = string.Concat(Enumerable.Repeat("Kế hoạch cải cách hành chính ", 10)) + ".docx"; // 29 × 10 + 5 characters

        Assert.Equal(string.Concat(Enumerable.Repeat("Kế hoạch cải cách hành chính ", 5)).TrimEnd() + ".docx", FileNames.Safe(name));
    }

    [Fact]
    public void A_long_name_of_decomposed_letters_is_cut_on_whole_letters()
    {
        var safe = FileNames.Safe(string.Concat(Enumerable.Repeat("e\u0323\u0302", 300)) + ".pdf");

        Assert.Equal(new string('ệ', 146) + ".pdf", safe);
    }

    [Theory]
    [InlineData("../../x.pdf", "x.pdf")]
    [InlineData("C:\\a\\b.pdf", "b.pdf")]
    [InlineData("..\\..\\Windows\\win.ini", "win.ini")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("thu-muc/con/../Báo cáo.pdf", "Báo cáo.pdf")]
    [InlineData("C:Báo cáo.pdf", "C_Báo cáo.pdf")]
    public void Directory_parts_are_stripped(string name, string expected) => Assert.Equal(expected, FileNames.Safe(name));

    [Theory]
    [InlineData("Báo cáo: <quý 1>?.pdf", "Báo cáo_ _quý 1__.pdf")]
    [InlineData("a|b*c\"d.xlsx", "a_b_c_d.xlsx")]
    [InlineData("hoa-don\u202Efdp.exe", "hoa-donfdp.exe")] // a right-to-left override would show it as "hoa-donexe.pdf"
    [InlineData("a\tb\r\nc\0.pdf", "a b c.pdf")]
    [InlineData("ten..tep...pdf", "ten.tep.pdf")]
    [InlineData("  .an.pdf. . ", "an.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("nul", "_nul")]
    [InlineData("console.pdf", "console.pdf")]
    public void Characters_Windows_or_Linux_refuse_are_replaced_or_dropped(string name, string expected) =>
        Assert.Equal(expected, FileNames.Safe(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("..")]
    [InlineData("../..")]
    [InlineData("a/b/")]
    [InlineData("\u202E\u200B")]
    public void A_name_with_nothing_left_becomes_tep(string? name) => Assert.Equal("tep", FileNames.Safe(name));
}
