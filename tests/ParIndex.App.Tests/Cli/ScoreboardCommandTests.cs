using ParIndex.App.Tests.Scoreboard;

namespace ParIndex.App.Tests.Cli;

/// <summary><c>parindex scoreboard import|list</c> in-process on a SQLite file.</summary>
public sealed class ScoreboardCommandTests
{
    private readonly string _dir = Repo.TempDir();

    private string Connection => $"Data Source={Path.Combine(_dir, "x.db")}";

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", Connection]);

    private static void Ok(CliRun run) => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Out}\n{run.Error}");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Imports_lists_with_changes_refuses_a_conflict_and_replaces_only_when_asked()
    {
        Ok(Run("db", "migrate"));
        var import = Run("scoreboard", "import", "--file", Write("chi-so.csv", ScoreboardTests.Figures));
        Ok(import);
        Assert.Contains("Chỉ số của tỉnh: 6 thêm mới, 0 thay thế, 0 không đổi", import.Out);

        var list = Run("scoreboard", "list");
        Ok(list);
        Assert.Contains("PAR_INDEX  Chỉ số cải cách hành chính (PAR INDEX)", list.Out);
        Assert.Contains("2022     84,35  hạng 31/63  Δ -1,77 (so với 2021) ▼ 7", list.Out);
        Assert.Contains("2024     89,41  hạng 12/63  Δ +5,06 (so với 2022) ▲ 19", list.Out);
        Assert.Contains("2024     89,41  rank 12/63  Δ +5,06 (vs 2022) ▲ 19", Run("scoreboard", "list", "--en").Out);

        var changed = Write("sua.csv", "index,name,year,score,rank,out_of,source\nPCI,Chỉ số PCI,2024,68.3,17,63,VCCI\nDDCI,Chỉ số năng lực cạnh tranh cấp sở (DDCI),2024,72,3,20,Hiệp hội Doanh nghiệp tỉnh\n");
        var conflict = Run("scoreboard", "import", "--file", changed);
        Assert.NotEqual(0, conflict.ExitCode);
        Assert.Contains("sua.csv, dòng 3, cột 4 (score): DDCI năm 2024 đã có: điểm 71,5", conflict.Error);
        Assert.DoesNotContain("PCI", Run("scoreboard", "list").Out.Replace("DDCI", ""));

        var replaced = Run("scoreboard", "import", "--file", changed, "--replace");
        Ok(replaced);
        Assert.Contains("Chỉ số của tỉnh: 1 thêm mới, 1 thay thế, 0 không đổi", replaced.Out);
        Assert.Contains("2024     72,00  hạng 3/20", Run("scoreboard", "list").Out);
    }
}
