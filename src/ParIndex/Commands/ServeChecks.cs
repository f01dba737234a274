using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ParIndex.App.Data;
using ParIndex.Web;
using ParIndex.Web.Health;

namespace ParIndex.Commands;

/// <summary>
/// What <c>parindex serve</c> checks before it listens: a known provider, a connection string, a database that answers,
/// writable evidence and key folders, and SMTP settings that make sense when there are any. A failure is one paragraph naming the setting to fix (exit code 2, no stack
/// trace), not a server that starts and fails every request.
/// </summary>
internal static class ServeChecks
{
    private const string Lead = "Không khởi động được ParIndex / ParIndex cannot start: ";

    public static async Task RunAsync(IConfiguration configuration, CancellationToken ct)
    {
        DatabaseProvider provider;
        string connection;
        try
        {
            (provider, connection) = Database.FromConfiguration(configuration);
        }
        catch (InvalidOperationException e)
        {
            throw Refuse($"{e.Message}. Set Database:Provider to Sqlite or Postgres and ConnectionStrings:Default (appsettings.json, "
                + "the environment variables Database__Provider and ConnectionStrings__Default, or --provider/--connection).");
        }
        await CheckDatabaseAsync(provider, connection, ct);
        CheckFolder("Evidence:Root", SiteFolders.EvidenceRoot(configuration));
        CheckFolder("DataProtection:Keys", SiteFolders.Keys(configuration));
        try
        {
            App.Features.Notifications.SmtpSettings.Read(configuration);
        }
        catch (InvalidOperationException e)
        {
            throw Refuse($"{e.Message}. Fix the Smtp settings (docs/operations.md), or leave Smtp:Host unset to show notifications in the web only.");
        }
    }

    private static async Task CheckDatabaseAsync(DatabaseProvider provider, string connection, CancellationToken ct)
    {
        try
        {
            await using var db = Database.Open(provider, connection);
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.CloseConnectionAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw Refuse($"the {provider} database named by ConnectionStrings:Default cannot be reached ({Innermost(e)}). "
                + "Check that the server runs and accepts this connection string (host, port, database, user, password), "
                + "or for SQLite that the file's folder exists and is writable.");
        }
    }

    private static void CheckFolder(string setting, string folder)
    {
        var full = Path.GetFullPath(folder);
        string? problem;
        try
        {
            Directory.CreateDirectory(full);
            problem = EvidenceStoreHealthCheck.Problem(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"folder {full} cannot be created: {e.Message}";
        }
        if (problem is not null)
            throw Refuse($"{setting}: {problem}. Point {setting} at a folder the service account may write to.");
    }

    private static UsageException Refuse(string reason) => new(Lead + reason);

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message.TrimEnd('.');
    }
}
