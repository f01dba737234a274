using System.Text.Json;
using ParIndex.App.Spreadsheets;

namespace ParIndex.App.Tests.Cli;

public sealed class ComputeCommandTests
{
    private static readonly string Framework = Repo.Sample("frameworks/so-nganh.json");
    private static string S(string file) => Repo.Sample(Path.Combine("tinh-mau", file));

    private static CliRun Compute2025(string dir, string previous, string output, params string[] more) => CliRun.Of(
        ["compute", "--framework", Framework, "--units", S("units-so-2025.csv"), "--scores", S("scores-so-2025.csv"),
         "--previous", previous, "--lineage", S("lineage.csv"), "--out", Path.Combine(dir, output), .. more]);

    private static string Previous(string dir, string name)
    {
        var run = CliRun.Of("compute", "--framework", Framework, "--units", S("units-so-2024.csv"), "--scores", S("scores-so-2024.csv"), "--out", Path.Combine(dir, name));
        Assert.Equal(0, run.ExitCode);
        return Path.Combine(dir, name);
    }

    [Fact]
    public void Csv_output_has_the_documented_columns_in_order()
    {
        var dir = Repo.TempDir();
        var run = Compute2025(dir, Previous(dir, "2024.csv"), "2025.csv");
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(Path.Combine(dir, "2025.csv"));
        Assert.Equal("rank,unit,name,points,max,index,band,delta_points,delta_rank,area_1,area_2,area_3,area_4,area_5,area_6,area_7,area_8", lines[0]);
        Assert.StartsWith("1,STC,Sở Tài chính,92.73,100.00,92.73,Xuất sắc,-0.61,1,", lines[1]);
        // BQLKKT marked the whole of area 6 not applicable: its component index is empty.
        var bqlkkt = lines.Single(l => l.Contains(",BQLKKT,")).Split(',');
        Assert.Equal("", bqlkkt[14]);
        Assert.Equal("92.00", bqlkkt[4]);
        Assert.Equal(20, lines.Length);
    }

    [Fact]
    public void Previous_results_read_the_same_from_csv_json_and_xlsx()
    {
        var dir = Repo.TempDir();
        Compute2025(dir, Previous(dir, "2024.csv"), "from-csv.csv");
        Compute2025(dir, Previous(dir, "2024.json"), "from-json.csv");
        Compute2025(dir, Previous(dir, "2024.xlsx"), "from-xlsx.csv");
        var csv = File.ReadAllText(Path.Combine(dir, "from-csv.csv"));
        Assert.Equal(csv, File.ReadAllText(Path.Combine(dir, "from-json.csv")));
        Assert.Equal(csv, File.ReadAllText(Path.Combine(dir, "from-xlsx.csv")));
    }

    [Fact]
    public void Json_output_has_units_and_a_summary()
    {
        var dir = Repo.TempDir();
        Assert.Equal(0, Compute2025(dir, Previous(dir, "2024.csv"), "2025.json").ExitCode);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "2025.json")));
        var units = doc.RootElement.GetProperty("units");
        Assert.Equal(19, units.GetArrayLength());
        var sct = units.EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "SCT");
        Assert.Equal(11, sct.GetProperty("rank").GetInt32());
        Assert.Equal(86.42m, sct.GetProperty("index").GetDecimal());
        Assert.Equal("same", sct.GetProperty("basis").GetString());
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(19, summary.GetProperty("count").GetInt32());
        Assert.Equal(86.49m, summary.GetProperty("mean").GetDecimal());
        Assert.Equal(5, summary.GetProperty("bands").GetProperty("Xuất sắc").GetInt32());
        Assert.Equal(8, summary.GetProperty("areas").EnumerateObject().Count());
    }

    [Fact]
    public void Xlsx_output_holds_the_same_table()
    {
        var dir = Repo.TempDir();
        Assert.Equal(0, Compute2025(dir, Previous(dir, "2024.csv"), "2025.xlsx").ExitCode);
        var sheet = XlsxReader.Read(File.ReadAllBytes(Path.Combine(dir, "2025.xlsx")), "2025.xlsx")[0];
        Assert.Equal("rank", sheet.Rows[0][0]);
        Assert.Equal(["1", "STC", "Sở Tài chính"], sheet.Rows[1].Take(3));
        Assert.Equal(92.73m, decimal.Parse(sheet.Rows[1][5]!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_problem_in_the_scores_is_located_and_nothing_is_written()
    {
        var dir = Repo.TempDir();
        var scores = Path.Combine(dir, "scores.csv");
        var lines = File.ReadAllLines(S("scores-so-2025.csv")).ToList();
        lines[1] = "VPUBND,1.1.1,sometimes";          // line 2: unknown option
        lines[2] = "VPUBND,1.1.2,1.5";                // line 3: manual/pass-fail value out of range or wrong
        lines.Add("NOBODY,1.1.1,ontime");            // unknown unit
        lines.Add("SNV,9.9,1");                       // unknown code
        lines.Add("SNV,1.1.1,ontime");                // given twice
        File.WriteAllLines(scores, lines);
        var output = Path.Combine(dir, "out.csv");

        var run = CliRun.Of("compute", "--framework", Framework, "--units", S("units-so-2025.csv"), "--scores", scores, "--out", output);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Contains($"{scores}, dòng 2, cột 3 (value), tiêu chí 1.1.1: “sometimes” không phải một lựa chọn ở đây", run.Error);
        Assert.Contains($"{scores}, dòng 3, cột 3 (value), tiêu chí 1.1.2:", run.Error);
        Assert.Contains("cột 1 (unit): unknown unit NOBODY", run.Error);
        Assert.Contains("there is no node '9.9' in framework PAR-SO-MAU", run.Error);
        Assert.Contains("1.1.1 of unit SNV is already given on line", run.Error);
        Assert.Contains("5 lỗi; chưa ghi gì", run.Error);
    }

    [Fact]
    public void A_unit_missing_values_is_told_which_and_how_to_mark_not_applicable()
    {
        var dir = Repo.TempDir();
        var scores = Path.Combine(dir, "scores.csv");
        File.WriteAllLines(scores, File.ReadAllLines(S("scores-so-2025.csv")).Where(l => !l.StartsWith("SNV,1.2.")));
        var run = CliRun.Of("compute", "--framework", Framework, "--scores", scores);
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"unit SNV has no value for 1\.2\.1, 1\.2\.2.* \(write NA where an item does not apply\)", run.Error);
    }

    [Fact]
    public void Missing_files_and_bad_options_exit_with_code_2()
    {
        Assert.Equal(2, CliRun.Of("compute", "--framework", "nope.json", "--scores", "nope.csv").ExitCode);
        Assert.Equal(2, CliRun.Of("compute", "--framework", Framework).ExitCode);
        Assert.Equal(2, CliRun.Of("compute", "--framework", Framework, "--scores", S("scores-so-2025.csv"), "--format", "pdf").ExitCode);
    }

    [Fact]
    public void The_table_format_speaks_Vietnamese()
    {
        var dir = Repo.TempDir();
        var run = CliRun.Of("compute", "--framework", Framework, "--units", S("units-so-2025.csv"), "--scores", S("scores-so-2025.csv"),
            "--previous", Previous(dir, "2024.csv"), "--lineage", S("lineage.csv"), "--format", "table");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("chỉ số trung bình 86,49%", run.Out);
        Assert.Matches(@"\n\s+11\s+SCT\s+Sở Công Thương\s+86,42\s+100,00\s+86,42\s+Tốt\s+\+5,04\s+↑7", run.Out);
    }

    [Fact]
    public void Previous_scores_edition_and_crosswalk_give_the_change_per_area_in_the_table()
    {
        var dir = Repo.TempDir();
        var previous = Path.Combine(dir, "2025.csv");
        Assert.Equal(0, CliRun.Of("compute", "--framework", Framework, "--units", S("units-so-2025.csv"), "--scores", S("scores-so-2025.csv"), "--out", previous).ExitCode);

        var run = CliRun.Of("compute", "--framework", Repo.Sample("frameworks/so-nganh-2026.json"), "--units", S("units-so-2026.csv"),
            "--scores", S("scores-so-2026.csv"), "--previous", previous, "--previous-scores", S("scores-so-2025.csv"),
            "--previous-framework", Framework, "--crosswalk", Repo.Sample("crosswalks/so-nganh-2025-2026.json"), "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith(",delta_area_7,delta_area_8", run.Out.Split('\n')[0]);
        // SNV: 7.2.2 passed (1.5 of area 7's 12) and its successor 7.2.3 failed: −12.50 in area 7.
        Assert.EndsWith(",0.00,-12.50,0.00", run.Out.Split('\n').Single(l => l.Contains(",SNV,")));
    }
}
