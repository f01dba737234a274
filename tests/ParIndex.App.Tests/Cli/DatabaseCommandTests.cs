using System.Diagnostics;
using Microsoft.Data.Sqlite;
using ParIndex.Commands;

namespace ParIndex.App.Tests.Cli;

/// <summary>
/// The real <c>parindex</c> database commands, in-process, each test on its own SQLite file passed with
/// <c>--connection</c>; the configuration precedence runs the executable as a child process, since environment
/// variables are shared by every test in this process.
/// </summary>
public sealed class DatabaseCommandTests
{
    private static readonly string UnitsSo2024 = Repo.Sample("tinh-mau/units-so-2024.csv");
    private static readonly string Framework = Repo.Sample("frameworks/so-nganh.json");

    private readonly string _dir = Repo.TempDir();

    private string Connection => $"Data Source={Path.Combine(_dir, "x.db")}";

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", Connection]);

    private CliRun RunWithInput(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ParIndex.Commands.Cli.Run(() => ParIndexCli.Create(new StringReader(input)), [.. args, "--connection", Connection], output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    private static void Ok(CliRun run) => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Out}\n{run.Error}");

    private void Prepare()
    {
        Ok(Run("db", "migrate"));
        Ok(Run("units", "import", UnitsSo2024));
        Ok(Run("framework", "import", Framework));
    }

    private CliRun CreatePeriod() => Run([
        "period", "create", "--year", "2024", "--name", "CCHC 2024", "--framework", "PAR-SO-MAU",
        "--self-assessment-opens", "2024-01-01T00:00", "--self-assessment-closes", "2024-03-31T17:00",
        "--appraisal-closes", "2024-04-30T17:00+07:00", "--appeals-close", "2024-05-15T10:00Z", "--finalisation-due", "2024-05-31T17:00",
    ]);

    [Fact]
    public void Migrate_import_create_and_open_a_period_then_the_audit_log_verifies()
    {
        var migrate = Run("db", "migrate");
        Ok(migrate);
        var migrations = typeof(ParIndex.Migrations.Sqlite.DesignTimeFactory).Assembly.GetTypes()
            .Count(t => t.IsSubclassOf(typeof(Microsoft.EntityFrameworkCore.Migrations.Migration)));
        Assert.Contains($"Đã áp dụng {migrations} bản cập nhật cấu trúc (SQLite):", migrate.Out);
        Assert.Contains("Cơ sở dữ liệu đã cập nhật (SQLite)", Run("db", "migrate").Out);
        Assert.Equal("The database is up to date (SQLite)", Run("db", "migrate", "--en").Out.Trim());

        var units = Run("units", "import", UnitsSo2024);
        Ok(units);
        Assert.Contains("Đơn vị: 20 thêm mới, 0 cập nhật, 0 không đổi", units.Out);
        var framework = Run("framework", "import", Framework);
        Ok(framework);
        Assert.StartsWith("PAR-SO-MAU — ", framework.Out);

        var create = CreatePeriod();
        Ok(create);
        Assert.Contains("Kỳ đánh giá 1 “CCHC 2024”: Chuẩn bị, 20 đơn vị", create.Out);
        var open = Run("period", "open", "--period", "1");
        Ok(open);
        Assert.Contains("Kỳ đánh giá 1: Chuẩn bị → Tự đánh giá", open.Out);
        var extend = Run("period", "extend", "--period", "1", "--unit", "SNV", "--until", "2024-04-10T17:00", "--reason", "Thiếu cán bộ");
        Ok(extend);
        Assert.Contains("được tự đánh giá đến 10/04/2024 17:00 (giờ Việt Nam)", extend.Out);

        var list = Run("period", "list");
        Ok(list);
        Assert.Contains("| 1  | 2024 ", list.Out);
        Assert.Contains("CCHC 2024", list.Out);
        Assert.Contains("| Tự đánh giá ", list.Out);
        Assert.Contains("| Self-assessment ", Run("period", "list", "--en").Out);
        Assert.Contains("31/03/2024 17:00", list.Out);

        var audit = Run("audit", "verify");
        Ok(audit);
        // 20 units, the framework, the period, its opening and the extension.
        Assert.Contains("OK: ", audit.Out);
        Assert.Contains("24 mục", audit.Out);
    }

    [Fact]
    public void Unit_types_are_optional_and_default_to_other()
    {
        Prepare();
        var untyped = Path.Combine(_dir, "khong-loai.csv");
        File.WriteAllText(untyped, "code,name,group\nBQLDA,Ban Quản lý dự án,\"Sở, ban, ngành\"\n");
        Ok(Run("units", "import", untyped));
        var export = Path.Combine(_dir, "out", "units.csv");
        Ok(Run("units", "export", "--out", export));
        var lines = File.ReadAllLines(export);
        Assert.Equal("code,name,type,group,parent,valid_from,valid_to,name_en", lines[0]);
        Assert.Contains("BQLDA,Ban Quản lý dự án,other,\"Sở, ban, ngành\",,,,", lines);
        Assert.Contains("SNV,Sở Nội vụ,department,\"Sở, ban, ngành\",,,,", lines);
    }

    [Fact]
    public void Units_and_lineage_export_import_again_without_change()
    {
        Prepare();
        Ok(Run("units", "import", Repo.Sample("tinh-mau/units-so-2025.csv")));
        Ok(Run("units", "import", Repo.Sample("tinh-mau/units-xa-2024.csv")));
        Ok(Run("units", "import", Repo.Sample("tinh-mau/units-xa-2025.csv")));
        var lineage = Run("lineage", "import", Repo.Sample("tinh-mau/lineage.csv"));
        Ok(lineage);
        Assert.Contains("Lịch sử đơn vị: 8 thêm mới, 0 đã có", lineage.Out);

        var units = Path.Combine(_dir, "out", "units.xlsx");
        var lineageFile = Path.Combine(_dir, "out", "lineage.csv");
        var export = Run("units", "export", "--out", units, "--lineage", lineageFile);
        Ok(export);
        Assert.Contains("65 đơn vị → ", export.Out);
        Assert.Contains("8 sự kiện sáp nhập, chia tách, đổi tên → ", export.Out);

        Assert.Contains("Đơn vị: 0 thêm mới, 0 cập nhật, 65 không đổi", Run("units", "import", units).Out);
        Assert.Contains("Lineage: 0 added, 8 already recorded", Run("lineage", "import", lineageFile, "--en").Out);
    }

    [Fact]
    public void Import_problems_are_listed_with_their_lines_and_exit_2()
    {
        Ok(Run("db", "migrate"));
        var bad = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(bad, "code,name,type,group\nA,Sở A,sở,Khối\nB,Sở B,tỉnh thành,Khối\n");

        var run = Run("units", "import", bad);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("1 lỗi; chưa ghi gì:", run.Error);
        Assert.Contains($"{bad}, dòng 3, cột 3 (type): ", run.Error);
        Assert.Contains("0 mục", Run("audit", "verify").Out);
    }

    [Fact]
    public void Commands_refuse_a_database_that_is_not_migrated()
    {
        var run = Run("units", "import", UnitsSo2024);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("hãy chạy `parindex db migrate`", run.Error);
        Assert.Contains("run `parindex db migrate` first", Run("units", "import", UnitsSo2024, "--en").Error);
    }

    /// <summary>A database whose newest migration is not recorded (an upgrade without <c>db migrate</c>) is refused in one line.</summary>
    [Fact]
    public void Commands_refuse_a_database_whose_newest_migration_is_not_recorded()
    {
        Ok(Run("db", "migrate"));
        string newest;
        using (var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(Connection + ";Pooling=False"))
        {
            sqlite.Open();
            using var command = sqlite.CreateCommand();
            command.CommandText = "DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = (SELECT MAX(\"MigrationId\") FROM \"__EFMigrationsHistory\") RETURNING \"MigrationId\"";
            newest = (string)command.ExecuteScalar()!;
        }

        var run = Run("period", "list");

        Assert.Equal((2, "Cơ sở dữ liệu chưa được cập nhật cấu trúc; hãy chạy `parindex db migrate`"),
            (run.ExitCode, run.Error.Trim()));
        using (var sqlite = new Microsoft.Data.Sqlite.SqliteConnection(Connection + ";Pooling=False"))
        {
            sqlite.Open();
            using var command = sqlite.CreateCommand();
            command.CommandText = $"INSERT INTO \"__EFMigrationsHistory\" VALUES ('{newest}', '10.0.14')";
            command.ExecuteNonQuery();
        }
        Ok(Run("period", "list"));
    }

    [Fact]
    public void Refused_workflow_steps_exit_2_with_their_message()
    {
        Prepare();
        Ok(CreatePeriod());

        var missing = Run("period", "advance", "--period", "9");
        Assert.Equal((2, "Không có kỳ đánh giá 9"), (missing.ExitCode, missing.Error.Trim()));
        Ok(Run("period", "open", "--period", "1"));
        var again = Run("period", "open", "--period", "1");
        Assert.Equal(2, again.ExitCode);
        Assert.Equal("Kỳ đánh giá 1 đã mở (đang ở giai đoạn “Tự đánh giá”); hãy dùng lệnh chuyển giai đoạn", again.Error.Trim());
        var unpublished = Run("results", "verify", "--period", "1");
        Assert.Equal(2, unpublished.ExitCode);
        Assert.Equal("Kỳ 1 chưa công bố kết quả", unpublished.Error.Trim());
        Assert.Equal("The period 1 has no published results", Run("results", "verify", "--period", "1", "--en").Error.Trim());
        var duplicate = CreatePeriod();
        Assert.Equal(2, duplicate.ExitCode);
        Assert.Contains("Đã có kỳ đánh giá tên “CCHC 2024”", duplicate.Error);
    }

    [Fact]
    public void Period_dates_need_a_time_and_must_increase()
    {
        Prepare();

        var dateOnly = Run("period", "create", "--year", "2024", "--name", "X", "--framework", "PAR-SO-MAU",
            "--self-assessment-opens", "2024-01-01", "--self-assessment-closes", "2024-03-31T17:00",
            "--appraisal-closes", "2024-04-30T17:00", "--appeals-close", "2024-05-15T10:00", "--finalisation-due", "2024-05-31T17:00");
        Assert.Equal(2, dateOnly.ExitCode);
        Assert.Contains("--self-assessment-opens: “2024-01-01” không phải thời điểm ISO 8601", dateOnly.Error);

        var backwards = Run("period", "create", "--year", "2024", "--name", "X", "--framework", "PAR-SO-MAU",
            "--self-assessment-opens", "2024-01-01T00:00", "--self-assessment-closes", "2024-03-31T17:00",
            "--appraisal-closes", "2024-03-01T17:00", "--appeals-close", "2024-05-15T10:00", "--finalisation-due", "2024-05-31T17:00");
        Assert.Equal(2, backwards.ExitCode);
        Assert.Contains("Các mốc thời gian của kỳ đánh giá phải tăng dần", backwards.Error);
    }

    [Fact]
    public void Period_times_without_an_offset_are_Vietnam_time()
    {
        Prepare();
        Ok(CreatePeriod());
        using var db = App.Data.Database.Open(App.Data.DatabaseProvider.Sqlite, Connection);
        var period = db.Periods.Single();
        Assert.Equal(new DateTimeOffset(2024, 3, 31, 10, 0, 0, TimeSpan.Zero), period.SelfAssessmentCloses);
        Assert.Equal(new DateTimeOffset(2024, 5, 15, 10, 0, 0, TimeSpan.Zero), period.AppealsClose);
    }

    [Fact]
    public void User_add_reads_the_password_from_stdin_and_as_acts_with_that_users_roles()
    {
        Prepare();
        Ok(CreatePeriod());

        var weak = RunWithInput("short\n", "user", "add", "--name", "snv.editor", "--password-stdin", "--role", "UnitEditor", "--unit", "SNV");
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("password: Mật khẩu phải có ít nhất 10 ký tự\n", weak.Error.ReplaceLineEndings("\n"));

        var added = RunWithInput("Mat-khau-2024\n", "user", "add", "--name", "snv.editor", "--password-stdin", "--role", "UnitEditor", "--unit", "SNV", "--display-name", "Trần Thị Bình");
        Ok(added);
        Assert.Contains("Đã thêm người dùng snv.editor (Cán bộ nhập liệu của đơn vị, đơn vị SNV)", added.Out);

        var both = RunWithInput("x\n", "user", "add", "--name", "y", "--password-stdin", "--password", "Abcdefgh12", "--role", "Viewer");
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("Cần đúng một trong --password hoặc --password-stdin", both.Error);

        var forbidden = Run("period", "open", "--period", "1", "--as", "snv.editor");
        Assert.Equal(2, forbidden.ExitCode);
        Assert.Contains("Bạn không có quyền chuyển giai đoạn kỳ đánh giá (cần vai trò “Quản trị hệ thống” hoặc “Cơ quan thường trực”)", forbidden.Error);
        var unknown = Run("period", "open", "--period", "1", "--as", "nobody");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Equal("Không có người dùng nobody", unknown.Error.Trim());

        var secretariat = Run("user", "add", "--name", "snv.so", "--password", "Mat-khau-2024", "--role", "Secretariat");
        Ok(secretariat);
        Assert.Contains("Cảnh báo: mật khẩu trên dòng lệnh", secretariat.Error);
        Ok(Run("period", "open", "--period", "1", "--as", "snv.so"));

        Assert.Contains("OK: ", Run("audit", "verify").Out);
    }

    [Fact]
    public void The_audit_log_reports_the_first_edited_entry()
    {
        Prepare();
        using (var connection = new SqliteConnection(Connection))
        {
            connection.Open();
            using var edit = connection.CreateCommand();
            edit.CommandText = "UPDATE Audit SET NewValue = 'sửa' WHERE Id = 3";
            Assert.Equal(1, edit.ExecuteNonQuery());
        }

        var run = Run("audit", "verify");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Nhật ký bị sửa ở dòng *, mục 3 (vị trí 3)", run.Error);
        Assert.Contains("(it was edited)", run.Error);
    }

    [Fact]
    public void Configuration_switches_are_rewritten_for_the_parser_wherever_they_stand()
    {
        Assert.Equal(
            new[] { "db", "migrate", "--config-value", "Database:Provider=Sqlite", "--config-value", "ConnectionStrings:Default=Data Source=a.db", "--until", "2025-01-01T10:00" },
            Settings.RewriteSwitches(["db", "migrate", "--Database:Provider=Sqlite", "--ConnectionStrings:Default", "Data Source=a.db", "--until", "2025-01-01T10:00"]));
    }

    [Fact]
    public void Configuration_sources_override_appsettings_then_switches_then_explicit_options()
    {
        var folder = Repo.TempDir();
        File.WriteAllText(Path.Combine(folder, "appsettings.json"), """{"Database": {"Provider": "Postgres"}, "ConnectionStrings": {"Default": "Host=file"}, "Other": "from file"}""");

        var fromFile = Settings.Build([], folder: folder);
        Assert.Equal(("Postgres", "from file"), (fromFile["Database:Provider"], fromFile["Other"]));

        var switched = Settings.Build(["Database:Provider=Sqlite", "ConnectionStrings:Default=Data Source=s.db"], folder: folder);
        Assert.Equal(("Sqlite", "Data Source=s.db"), (switched["Database:Provider"], switched["ConnectionStrings:Default"]));

        var explicitOptions = Settings.Build(["ConnectionStrings:Default=Data Source=s.db"], provider: "Sqlite", connection: "Data Source=e.db", folder: folder);
        Assert.Equal(("Sqlite", "Data Source=e.db"), (explicitOptions["Database:Provider"], explicitOptions["ConnectionStrings:Default"]));
    }

    [Fact]
    public void Environment_variables_beat_appsettings_and_command_line_switches_beat_environment_variables()
    {
        var env = Path.Combine(_dir, "env.db");
        var cli = Path.Combine(_dir, "cli.db");
        var explicitFile = Path.Combine(_dir, "explicit.db");

        var onlyEnv = Exe(env, "db", "migrate");
        Assert.True(onlyEnv.ExitCode == 0, onlyEnv.Error);
        Assert.True(File.Exists(env));
        Assert.False(Directory.Exists(Path.Combine(_dir, "data")), "appsettings.json's data/parindex.db must not be used");
        File.Delete(env);

        var both = Exe(env, "db", "migrate", $"--ConnectionStrings:Default=Data Source={cli}");
        Assert.True(both.ExitCode == 0, both.Error);
        Assert.True(File.Exists(cli));
        Assert.False(File.Exists(env));

        var all = Exe(env, "db", "migrate", $"--ConnectionStrings:Default=Data Source={cli}", "--connection", $"Data Source={explicitFile}");
        Assert.True(all.ExitCode == 0, all.Error);
        Assert.True(File.Exists(explicitFile));
        Assert.False(File.Exists(env));
    }

    [Fact]
    public void Without_any_configuration_the_executable_uses_appsettings_json()
    {
        var run = Exe(null, "db", "migrate");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(_dir, "data", "parindex.db")));
    }

    /// <summary>Runs the built executable in <see cref="_dir"/> with <c>ConnectionStrings__Default</c> set, or removed.</summary>
    private CliRun Exe(string? envDatabase, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parindex.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in new[] { "ConnectionStrings__Default", "Database__Provider" }) start.Environment.Remove(key);
        if (envDatabase is not null) start.Environment["ConnectionStrings__Default"] = $"Data Source={envDatabase}";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new CliRun(process.ExitCode, output.Result, error.Result);
    }
}
