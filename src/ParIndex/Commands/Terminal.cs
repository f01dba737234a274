using Spectre.Console;
using Spectre.Console.Rendering;

namespace ParIndex.Commands;

/// <summary>
/// Spectre.Console for people at a terminal: a live status line while a long step runs (on stderr, only when it is
/// an interactive terminal, so redirected output and tests see just the results) and tables.
/// </summary>
internal static class Terminal
{
    public static async Task<T> StatusAsync<T>(TextWriter error, string label, Func<Task<T>> work)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected) return await work();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Status().Spinner(Spinner.Known.Dots).StartAsync(Markup.Escape(label), _ => work());
    }

    /// <summary>A table on the command's output; a Markdown table without colours when that is not a terminal.</summary>
    public static void Table(TextWriter output, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var interactive = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var table = new Table { Border = interactive ? TableBorder.Rounded : TableBorder.Markdown };
        foreach (var h in header) table.AddColumn(new TableColumn(new Text(h)));
        foreach (var row in rows) table.AddRow(row.Select(c => (IRenderable)new Text(c)).ToArray());
        if (interactive)
        {
            AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(table);
            return;
        }
        var text = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(text),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 400;
        console.Write(table);
        // The Markdown border leaves blank padded lines above and below the table.
        foreach (var line in text.ToString().Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0))
            output.WriteLine(line);
    }
}
