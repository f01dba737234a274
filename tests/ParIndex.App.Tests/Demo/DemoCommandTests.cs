using System.CommandLine;
using ParIndex.App.Features.Demo;
using ParIndex.Commands;

namespace ParIndex.App.Tests.Demo;

/// <summary><c>parindex demo load</c> in-process, on its own SQLite file: the accounts table, then a refused second load.</summary>
public sealed class DemoCommandTests
{
    private readonly string _dir = Repo.TempDir();

    private (int Code, string Out, string Error) Run(params string[] args)
    {
        var database = new DatabaseOptions();
        var root = new RootCommand("parindex");
        root.Options.Add(database.Switches);
        root.Subcommands.Add(DbCommand.Create(database));
        root.Subcommands.Add(DemoCommand.Create(database));
        var output = new StringWriter();
        var error = new StringWriter();
        var code = Commands.Cli.Run(() => root, [.. args, "--connection", $"Data Source={Path.Combine(_dir, "demo.db")}"], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Loads_prints_the_accounts_and_refuses_a_second_time()
    {
        var samples = Path.Combine(Repo.Root, "samples");
        var evidence = Path.Combine(_dir, "evidence");
        Assert.Equal(2, Run("demo", "load", "--samples", samples, "--evidence", evidence).Code); // not migrated yet
        Assert.Equal(0, Run("db", "migrate").Code);

        var (code, output, error) = Run("demo", "load", "--samples", samples, "--evidence", evidence);
        Assert.True(code == 0, error);
        Assert.Contains("Kỳ đánh giá: 1, 2, 3, 4, 5", output);
        Assert.Contains("  4  Kỳ đánh giá 2026 — xã, phường — Thẩm định", output);
        Assert.Contains("  5  Đánh giá thử nghiệm 2026 — đơn vị thí điểm — Giải trình", output);
        Assert.Matches(@"  X001: /khao-sat/[A-Za-z0-9_-]{22}\n", output);
        Assert.Contains("(và 12 đường dẫn khác)", output);
        Assert.Contains("| Tên đăng nhập | Mật khẩu ", output);
        // Progress goes to the error stream, one line a step, so the output is only the result.
        Assert.Contains("] Kỳ đánh giá 2024\n", error.ReplaceLineEndings("\n"));
        Assert.Contains("] 2026: thử nghiệm, giải trình\n", error.ReplaceLineEndings("\n"));
        Assert.Contains("CHỈ DÙNG ĐỂ TRÌNH DIỄN", output);
        foreach (var account in LoadDemoHandler.Accounts)
            Assert.Contains($"| {account.UserName}", output);
        Assert.Contains("| SnvCanBo-Demo-2024", output);
        Assert.NotEmpty(Directory.GetFiles(evidence, "*.*", SearchOption.AllDirectories));

        var again = Run("demo", "load", "--samples", samples, "--evidence", evidence);
        Assert.Equal(2, again.Code);
        Assert.Contains("đã có 5 kỳ đánh giá", again.Error);
        Assert.Equal("", again.Out);
    }

    [Fact]
    public void A_wrong_samples_folder_is_refused_with_its_problems()
    {
        Assert.Equal(0, Run("db", "migrate").Code);
        var (code, output, error) = Run("demo", "load", "--samples", Path.Combine(_dir, "nowhere"), "--evidence", Path.Combine(_dir, "evidence"));
        Assert.Equal(2, code);
        Assert.Contains("Không có thư mục dữ liệu mẫu", error);
        Assert.Equal("", output);
    }
}
