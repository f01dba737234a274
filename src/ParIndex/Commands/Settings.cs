using Microsoft.Extensions.Configuration;

namespace ParIndex.Commands;

/// <summary>
/// The configuration of every command, by .NET conventions, each source overriding the ones before it:
/// <c>appsettings.json</c> next to the executable, environment variables (<c>Database__Provider</c>,
/// <c>ConnectionStrings__Default</c>, …), command-line switches (<c>--Database:Provider=Postgres</c>), and last the
/// explicit options <c>--provider</c> and <c>--connection</c>.
/// </summary>
internal static class Settings
{
    public const string FileName = "appsettings.json";

    /// <summary>The hidden option that carries <c>--Section:Key=value</c> switches through the command parser.</summary>
    public const string SwitchOption = "--config-value";

    public static IConfiguration Build(IEnumerable<string> switches, string? provider = null, string? connection = null, string? folder = null)
    {
        var explicitValues = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(provider)) explicitValues["Database:Provider"] = provider;
        if (!string.IsNullOrWhiteSpace(connection)) explicitValues["ConnectionStrings:Default"] = connection;
        return new ConfigurationBuilder()
            .SetBasePath(folder ?? AppContext.BaseDirectory)
            .AddJsonFile(FileName, optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine([.. switches.Select(s => "--" + s)])
            .AddInMemoryCollection(explicitValues)
            .Build();
    }

    /// <summary>
    /// Rewrites each configuration switch — <c>--Section:Key=value</c> or <c>--Section:Key value</c>, recognised by the
    /// colon in its name — as <c>--config-value Section:Key=value</c>, so the parser accepts it on any command.
    /// </summary>
    public static string[] RewriteSwitches(string[] args)
    {
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                result.AddRange(args[i..]);
                break;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length < 3)
            {
                result.Add(arg);
                continue;
            }
            var equals = arg.IndexOf('=');
            var key = equals < 0 ? arg[2..] : arg[2..equals];
            if (!key.Contains(':'))
            {
                result.Add(arg);
                continue;
            }
            string value;
            if (equals >= 0) value = arg[(equals + 1)..];
            else if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)) value = args[++i];
            else value = "";
            result.Add(SwitchOption);
            result.Add(key + "=" + value);
        }
        return [.. result];
    }
}
