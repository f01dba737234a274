using System.CommandLine;
using ParIndex.Web;

namespace ParIndex.Commands;

/// <summary><c>parindex serve</c> (also what <c>parindex</c> alone does): the web application and the JSON API.</summary>
internal static class ServeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static Command Create(DatabaseOptions database)
    {
        var urls = new Option<string[]>("--urls") { Description = Cli.T($"Địa chỉ lắng nghe (mặc định {DefaultUrl})", $"Where to listen (default {DefaultUrl})"), AllowMultipleArgumentsPerToken = true };
        var command = database.With(new Command("serve", Cli.T("Chạy ứng dụng web", "run the web application")) { urls }, actor: false);
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var configuration = database.Configuration(parsed);
            var listen = parsed.GetValue(urls) is { Length: > 0 } u ? u : [configuration["Urls"] ?? DefaultUrl];
            await ServeChecks.RunAsync(configuration, ct);
            await using var app = WebApp.Create(configuration, listen);
            await app.RunAsync(ct);
            return Cli.Ok;
        }));
        return command;
    }
}
