using ParIndex.App.Crosswalks;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Tests.Cli;

public sealed class FrameworkDiffCommandTests
{
    private static readonly string Y2025 = Repo.Sample("frameworks/so-nganh.json");
    private static readonly string Y2026 = Repo.Sample("frameworks/so-nganh-2026.json");

    [Fact]
    public void Diff_proposes_the_sample_crosswalk_and_writes_it_as_json_or_xlsx()
    {
        var dir = Repo.TempDir();

        var json = CliRun.Of("framework", "diff", Y2025, Y2026);
        var xlsx = CliRun.Of("framework", "diff", Y2025, Y2026, "--out", Path.Combine(dir, "de-xuat.xlsx"));

        Assert.Equal(0, json.ExitCode);
        // The confirmed sample differs from the proposal only by the secretariat's notes.
        var sample = CrosswalkFiles.Load(Repo.Sample("crosswalks/so-nganh-2025-2026.json")).Crosswalk;
        var proposed = CrosswalkJson.Read(json.Out, "stdout").Crosswalk;
        Assert.Equal(sample.Links.Select(l => l with { Note = null }), proposed.Links);
        Assert.Contains("\"similarity\": 0.9231", json.Out);
        Assert.Equal(0, xlsx.ExitCode);
        Assert.Equal(
            "PAR-SO-MAU → PAR-SO-MAU-2026: 106 liên kết: 98 giữ nguyên, 1 đổi tên, 1 chuyển vị trí, 2 tách, 2 gộp, 1 mới, 1 bỏ — đề xuất, cần thường trực xác nhận",
            xlsx.Out.TrimEnd());
        var fromXlsx = CrosswalkFiles.Load(Path.Combine(dir, "de-xuat.xlsx"));
        Assert.Equal(proposed.Links, fromXlsx.Crosswalk.Links);
        Assert.Empty(fromXlsx.ProblemsAgainst(CompiledFramework.Compile(FrameworkFiles.Load(Y2025)), CompiledFramework.Compile(FrameworkFiles.Load(Y2026))));
    }

    [Fact]
    public void Diff_of_a_broken_framework_reports_its_problems_and_writes_nothing()
    {
        var dir = Repo.TempDir();
        var broken = Path.Combine(dir, "broken.json");
        File.WriteAllText(broken, "{\"code\": \"X\"}");

        var run = CliRun.Of("framework", "diff", broken, Y2026, "--out", Path.Combine(dir, "p.json"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("$.name: is required", run.Error);
        Assert.False(File.Exists(Path.Combine(dir, "p.json")));
    }
}
