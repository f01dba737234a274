namespace ParIndex.App.Tests.Cli;

/// <summary>
/// <c>period advance</c>, <c>period back</c>, <c>period non-submitters</c> and <c>results publish</c> with their checklist:
/// the real commands in-process on a SQLite file. Tỉnh Mẫu's 20 departments of 2024, none of which submits.
/// </summary>
public sealed class PeriodStageCommandTests
{
    private readonly string _dir = Repo.TempDir();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", $"Data Source={Path.Combine(_dir, "x.db")}"]);

    private static void Ok(CliRun run) => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Out}\n{run.Error}");

    private void OpenPeriod()
    {
        Ok(Run("db", "migrate"));
        Ok(Run("units", "import", Repo.Sample("tinh-mau/units-so-2024.csv")));
        Ok(Run("framework", "import", Repo.Sample("frameworks/so-nganh.json")));
        Ok(Run("period", "create", "--year", "2024", "--name", "CCHC 2024", "--framework", "PAR-SO-MAU",
            "--self-assessment-opens", "2024-01-01T00:00", "--self-assessment-closes", "2024-03-31T17:00",
            "--appraisal-closes", "2024-04-30T17:00", "--appeals-close", "2024-05-15T17:00", "--finalisation-due", "2024-05-31T17:00"));
        Ok(Run("period", "open", "--period", "1"));
    }

    [Fact]
    public void Advance_prints_the_checklist_and_goes_past_open_items_only_with_yes()
    {
        OpenPeriod();

        var refused = Run("period", "advance", "--period", "1");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("Việc chưa xong trước khi chuyển sang “Thẩm định”:", refused.Out);
        Assert.Contains("- 20 đơn vị chưa nộp hồ sơ: ", refused.Out);
        Assert.Contains(" — sẽ được chấm theo những gì đã nhập đến hạn nộp", refused.Out);
        Assert.Contains("(và 10 mục khác)", refused.Out);
        Assert.DoesNotContain("units have not submitted", refused.Out);
        Assert.Contains("chạy lại với --yes để xác nhận chúng", refused.Error);

        // The same checklist in English with --en, one language again.
        var english = Run("period", "advance", "--period", "1", "--en");
        Assert.Equal(2, english.ExitCode);
        Assert.Contains("Open items before the move to “Appraisal”:", english.Out);
        Assert.Contains("- 20 units have not submitted: ", english.Out);
        Assert.Contains("(and 10 more)", english.Out);
        Assert.DoesNotContain("đơn vị chưa nộp", english.Out);
        Assert.Contains("run again with --yes to confirm them", english.Error);
        Assert.Contains("| Tự đánh giá ", Run("period", "list").Out);

        var moved = Run("period", "advance", "--period", "1", "--yes");
        Ok(moved);
        Assert.Contains("Kỳ đánh giá 1: Tự đánh giá → Thẩm định", moved.Out);
        Assert.Contains("  SNV: Chưa bắt đầu → Đã nộp", moved.Out);

        var back = Run("period", "back", "--period", "1", "--reason", "Cho các sở nộp bổ sung");
        Ok(back);
        Assert.Contains("Kỳ đánh giá 1: Thẩm định → Tự đánh giá", back.Out);
        Assert.Contains("  SNV: Đã nộp → Đang soạn", back.Out);

        var exclude = Run("period", "non-submitters", "--period", "1", "--non-submitters", "exclude");
        Ok(exclude);
        Assert.Contains("Không xếp hạng, công bố lý do", exclude.Out);
        Assert.DoesNotContain(" / ", exclude.Out);
        var again = Run("period", "advance", "--period", "1", "--yes");
        Ok(again);
        Assert.Contains("sẽ bị ghi nhận là không nộp và không được xếp hạng", again.Out);
        Assert.Contains("  SNV: Đang soạn → Không nộp", again.Out);
        Ok(Run("audit", "verify"));
    }

    [Fact]
    public void Back_needs_a_reason_and_publish_refuses_outside_finalisation()
    {
        OpenPeriod();
        Assert.Equal(2, Run("period", "back", "--period", "1").ExitCode);
        var publish = Run("results", "publish", "--period", "1", "--yes");
        Assert.Equal(2, publish.ExitCode);
        Assert.Contains("Chưa thể công bố: kỳ đánh giá đang ở giai đoạn “Tự đánh giá”", publish.Error);
        var unknown = Run("period", "non-submitters", "--period", "1", "--non-submitters", "never");
        Assert.Equal(2, unknown.ExitCode);
    }
}
