using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// The options every database command shares (<c>--provider</c>, <c>--connection</c>, the hidden carrier of
/// <c>--Section:Key=value</c> switches, and <c>--as</c>) and how a command gets its database and actor from them.
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string?> Provider { get; } = new("--provider")
    {
        HelpName = "Sqlite|Postgres",
        Description = Cli.T("Sqlite hoặc Postgres (thay Database:Provider)", "Sqlite or Postgres, overriding Database:Provider"),
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        HelpName = "CONNECTION-STRING",
        Description = Cli.T("Chuỗi kết nối (thay ConnectionStrings:Default)", "connection string, overriding ConnectionStrings:Default"),
    };

    public Option<string?> As { get; } = new("--as")
    {
        HelpName = "USER",
        Description = Cli.T("Thực hiện với tư cách người dùng này", "act as this user (their roles and unit); default: you, as administrator"),
    };

    /// <summary>Recursive on the root, so a switch may stand anywhere on the command line.</summary>
    public Option<string[]> Switches { get; } = new(Settings.SwitchOption)
    {
        Hidden = true,
        Recursive = true,
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public TimeProvider Clock { get; } = TimeProvider.System;

    /// <summary>Adds the database options, and <c>--as</c> when the command acts for a person.</summary>
    public Command With(Command command, bool actor = true)
    {
        command.Options.Add(Provider);
        command.Options.Add(Connection);
        if (actor) command.Options.Add(As);
        return command;
    }

    public IConfiguration Configuration(ParseResult parsed) =>
        Settings.Build(parsed.GetValue(Switches) ?? [], parsed.GetValue(Provider), parsed.GetValue(Connection));

    /// <summary>
    /// The database the configuration names; refused (exit 2) with one line while its structure is older than this build
    /// (<see cref="SchemaVersion"/>: one query, not EF's pending-migrations check, which <c>db migrate</c> makes).
    /// </summary>
    public async Task<AppDbContext> OpenAsync(ParseResult parsed, CancellationToken ct, bool requireMigrated = true)
    {
        DatabaseProvider provider;
        string connection;
        try
        {
            (provider, connection) = Database.FromConfiguration(Configuration(parsed));
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
        AppDbContext db;
        try
        {
            db = Database.Open(provider, connection);
        }
        catch (ArgumentException e)
        {
            throw new UsageException(CliMessages.BadConnection(provider.ToString(), e.Message));
        }
        if (requireMigrated && !await SchemaVersion.IsCurrentAsync(db, ct))
        {
            await db.DisposeAsync();
            throw new UsageException(CliMessages.NotMigrated());
        }
        return db;
    }

    /// <summary>The user named by <c>--as</c>, or the operator at the command line (an administrator).</summary>
    public async Task<Actor> ActorAsync(ParseResult parsed, AppDbContext db, CancellationToken ct)
    {
        var name = parsed.GetValue(As);
        return string.IsNullOrWhiteSpace(name)
            ? Actor.Operator(Environment.UserName)
            : await new GetActorHandler(db).HandleAsync(new GetActor(name), ct);
    }
}

/// <summary>The command cannot run as asked (bad configuration, database not ready): the message says why; exit code 2.</summary>
internal sealed class UsageException(Domain.Messages.Message says) : Exception(says.ToString()), IRefusal
{
    /// <summary>A reason not in the catalogue (a provider's or the configuration's own words), shown as it came.</summary>
    public UsageException(string message) : this(Domain.Messages.Message.Plain(message))
    {
    }

    public Domain.Messages.Message Says { get; } = says;
}
