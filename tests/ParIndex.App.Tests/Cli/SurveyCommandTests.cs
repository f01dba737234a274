using ParIndex.App.Tests.Surveys;

namespace ParIndex.App.Tests.Cli;

/// <summary><c>parindex survey …</c> in-process on its own SQLite file.</summary>
public sealed class SurveyCommandTests
{
    private readonly string _dir = Repo.TempDir();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", $"Data Source={Path.Combine(_dir, "x.db")}"]);

    private static void Ok(CliRun run) => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Out}\n{run.Error}");

    [Fact]
    public void Sample_size_and_allocation()
    {
        var n = CliRun.Of("survey", "sample-size", "--population", "1000", "--margin", "0.05");
        Ok(n);
        Assert.Equal("N = 1000, e = 0.05: n = 286", n.Out.Trim());

        var strata = SurveyFiles.Write(_dir, "strata.csv", "stratum,population\nSNV,4500\nSTP,3500\nSXD,2000\n");
        var allocation = CliRun.Of("survey", "sample-size", "--strata", strata, "--total", "7");
        Ok(allocation);
        // n per stratum at e = 0.05: 4500/12.25 = 367.3 → 368; 3500/9.75 = 359.0 → 359; 2000/6 = 333.3 → 334.
        // 7 shared by largest remainder: quotas 3.15, 2.45, 1.4 → 3, 3, 1.
        Assert.Equal("stratum,population,n,allocated\nSNV,4500,368,3\nSTP,3500,359,3\nSXD,2000,334,1", allocation.Out.Trim().ReplaceLineEndings("\n"));

        var bad = CliRun.Of("survey", "sample-size", "--population", "100", "--margin", "5");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("0 và 1", bad.Error);
    }

    [Fact]
    public void Define_import_and_read_the_SIPAS_sample()
    {
        Ok(Run("db", "migrate"));
        Ok(Run("units", "import", Repo.Sample("tinh-mau/units-so-2024.csv")));
        var define = Run("survey", "define", "--file", Repo.Sample("surveys/sipas.json"), "--year", "2025", "--min-respondents", "2");
        Ok(define);
        Assert.Contains("Khảo sát SIPAS-MAU", define.Out);

        var likert = "F1_1,F1_2,F1_3,F1_4,F2_1,F2_2,F2_3,F2_4,F3_1,F3_2,F3_3,F3_4,F4_1,F4_2,F4_3,TT_1";
        var answers = SurveyFiles.Write(_dir, "sipas.csv",
            $"_uuid,unit,A1,A3,F5_0,{likert}\n" +
            $"u1,SNV,Nộp trực tuyến trên Cổng Dịch vụ công,5,2,{string.Join(',', Enumerable.Repeat("5", 16))}\n" +
            $"u2,SNV,truc_tiep,,2,{string.Join(',', Enumerable.Repeat("3", 16))}\n");
        var import = Run("survey", "import", "--survey", "SIPAS-MAU", "--file", answers);
        Ok(import);
        Assert.Contains("Phiếu trả lời: 2 thêm mới, 0 đã có", import.Out);
        Assert.Contains("Responses: 0 added, 2 already stored", Run("survey", "import", "--survey", "SIPAS-MAU", "--file", answers, "--en").Out);

        var results = Run("survey", "results", "--survey", "SIPAS-MAU", "--unit", "SNV");
        Ok(results);
        var lines = results.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ParIndex.App.Surveys.SurveyResultsFile.Header, lines[0]);
        // One of two satisfied on every factor; the online question was answered by u1 only.
        Assert.Contains("SNV,unit,sipas,F1,2,2,2,0.5,", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("SNV,unit,indicator,SIPAS.DVCTT,2,1,1,1,,,5,,,", StringComparison.Ordinal));

        var invite = Run("survey", "invite", "--survey", "SIPAS-MAU", "--unit", "SNV", "--count", "3");
        Ok(invite);
        Assert.Equal(3, invite.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.StartsWith("/khao-sat/", StringComparison.Ordinal)));

        var bad = Run("survey", "import", "--survey", "SIPAS-MAU", "--file", SurveyFiles.Write(_dir, "bad.csv",
            $"_uuid,unit,A1,A3,F5_0,{likert}\nu3,SNV,thu_dien_tu,,2,{string.Join(',', Enumerable.Repeat("4", 16))}\n"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("'thu_dien_tu' is not one of the choices", bad.Error);
    }
}
