using System.CommandLine;
using System.Diagnostics;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Demo;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex demo load</c>: loads the demo province Tỉnh Mẫu (two published years and one in progress) into an empty
/// database and prints the demo accounts. The passwords printed are demo-only.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var samples = new Option<string?>("--samples")
        {
            HelpName = "DIR",
            Description = "Thư mục dữ liệu mẫu (frameworks/, tinh-mau/); mặc định ./samples — the samples folder; default ./samples",
        };
        var evidence = new Option<string?>("--evidence")
        {
            HelpName = "DIR",
            Description = "Thư mục lưu tệp tài liệu kiểm chứng; mặc định Evidence:Root hoặc data/evidence — where evidence files are stored; default Evidence:Root or data/evidence",
        };
        var load = database.With(new Command("load",
            "Nạp tỉnh mẫu vào cơ sở dữ liệu trống: 2024, 2025 đã công bố, 2026 đang tự đánh giá; in tài khoản mẫu — load the demo province into an empty database and print the demo accounts")
        {
            samples, evidence,
        });
        load.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var configuration = database.Configuration(parsed);
            var folder = Path.GetFullPath(parsed.GetValue(samples) ?? "samples");
            var evidenceRoot = Path.GetFullPath(parsed.GetValue(evidence) ?? configuration["Evidence:Root"] ?? Path.Combine("data", "evidence"));

            Func<AppDbContext> open;
            App.Security.Actor actor;
            await using (var db = await database.OpenAsync(parsed, ct))
            {
                actor = await database.ActorAsync(parsed, db, ct);
                var (provider, connection) = Database.FromConfiguration(configuration);
                open = () => Database.Open(provider, connection);
            }
            var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(evidenceRoot));
            var watch = Stopwatch.StartNew();
            var loaded = await Terminal.StatusAsync(error, "Đang nạp dữ liệu mẫu… / Loading the demo…",
                () => new LoadDemoHandler(open, TimeProvider.System, store).HandleAsync(actor, new LoadDemo(folder), ct));

            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine($"Đã nạp tỉnh mẫu trong {watch.Elapsed.TotalSeconds:0.0} giây / Loaded the demo province in {watch.Elapsed.TotalSeconds:0.0} s");
            o.WriteLine($"Kỳ đánh giá / periods: {string.Join(", ", loaded.PeriodIds)} (2024 và 2025 đã công bố / published; 2026 đang tự đánh giá / in self-assessment)");
            o.WriteLine($"Tài liệu kiểm chứng / evidence files: {evidenceRoot}");
            o.WriteLine();
            o.WriteLine("Tài khoản mẫu — CHỈ DÙNG ĐỂ TRÌNH DIỄN / demo accounts — DEMO ONLY, never on a real deployment:");
            Terminal.Table(o, ["Tên đăng nhập / User", "Mật khẩu / Password", "Vai trò / Role", "Đơn vị / Unit", "Thử gì / What to try"],
                loaded.Accounts.Select(a => (IReadOnlyList<string>)[a.UserName, a.Password, a.Role, a.UnitCode ?? "", a.Description]));
            return Cli.Ok;
        }));
        return new Command("demo", "Dữ liệu mẫu để trình diễn — demo data") { load };
    }
}
