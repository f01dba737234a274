using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// Instants on the command line: ISO 8601 with an offset (<c>2025-03-31T17:00+07:00</c>, <c>…Z</c>), or without one,
/// meaning Vietnam time (UTC+07:00). A date alone is refused: a deadline needs its hour.
/// </summary>
internal static partial class VietnamTime
{
    public static readonly TimeSpan Offset = ParIndex.App.Data.Moment.VietnamOffset;

    private static readonly string[] Local = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static bool TryParse(string text, out DateTimeOffset value)
    {
        text = text.Trim();
        if (HasOffset().IsMatch(text))
            return DateTimeOffset.TryParseExact(text, [.. Local.Select(f => f + "K")], CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
        if (DateTime.TryParseExact(text, Local, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            value = new DateTimeOffset(local, Offset);
            return true;
        }
        value = default;
        return false;
    }

    public static Option<DateTimeOffset> Option(string name, string description, bool required = true) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "yyyy-MM-ddTHH:mm[+07:00]",
        CustomParser = Parse,
    };

    /// <summary>dd/MM/yyyy HH:mm in Vietnam time, as people read deadlines.</summary>
    public static string Text(DateTimeOffset t) => t.ToOffset(Offset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        if (TryParse(text, out var value)) return value;
        result.AddError(CliMessages.NotATime((result.Parent as OptionResult)?.Option.Name ?? "", text).In(Cli.Language));
        return default;
    }

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex HasOffset();
}
