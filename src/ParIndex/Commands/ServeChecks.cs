using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;
using ParIndex.Web.Health;
using ParIndex.Web;

namespace ParIndex.Commands;

/// <summary>
/// What <c>parindex serve</c> checks before it listens: a known provider, a connection string, a database that answers,
/// writable evidence and key folders, and SMTP settings that make sense when there are any. A failure is one paragraph naming the setting to fix (exit code 2, no stack
/// trace), not a server that starts and fails every request.
/// </summary>
internal static class ServeChecks
{
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
            throw Refuse(CliMessages.StartNoProvider(e.Message.TrimEnd('.')));
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
            throw Refuse(CliMessages.StartSmtp(e.Message.TrimEnd('.')));
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
            throw Refuse(CliMessages.StartDatabase(provider.ToString(), Innermost(e)));
        }
    }

    private static void CheckFolder(string setting, string folder)
    {
        var full = Path.GetFullPath(folder);
        Message? problem;
        try
        {
            Directory.CreateDirectory(full);
            problem = EvidenceStoreHealthCheck.Problem(full) is { } says ? Message.Plain(says) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = CliMessages.FolderUncreatable(full, e.Message);
        }
        if (problem is not null)
            throw Refuse(CliMessages.StartFolder(setting, problem));
    }

    private static UsageException Refuse(Message reason) => new(CliMessages.CannotStart(reason));

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message.TrimEnd('.');
    }
}
