using System.Globalization;
using System.Runtime.CompilerServices;
using ParIndex.App.Files;
using ParIndex.Domain.Messages;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace ParIndex.Commands;

/// <summary>
/// A progress bar on stderr for a long run (survey import, compute, workbook), only when stderr is an interactive
/// terminal: redirected output, scripts and tests get no progress at all, and the run is given no listener. The use
/// case tells how far it is (<see cref="WorkProgress"/>: bytes of the file read, or rows written) a few times a second;
/// until it first does, the bar moves to and fro.
/// </summary>
internal static class ProgressBar
{
    public static bool Shown(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    public static Task<T> RunAsync<T>(TextWriter error, Message label, Func<IProgress<WorkProgress>?, Task<T>> work) =>
        Shown(error) ? WithBarAsync(label, work) : work(null);

    public static T Run<T>(TextWriter error, Message label, Func<IProgress<WorkProgress>?, T> work) =>
        Shown(error) ? WithBar(label, work) : work(null);

    // Apart, and the label rendered only here, so that a run without a terminal loads neither Spectre's progress code
    // nor the message catalogue.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<T> WithBarAsync<T>(Message label, Func<IProgress<WorkProgress>?, Task<T>> work) =>
        Bar().StartAsync(context => work(new Listener(context.AddTask(Markup.Escape(label.In(Cli.Language)), maxValue: 1))));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static T WithBar<T>(Message label, Func<IProgress<WorkProgress>?, T> work) =>
        Bar().Start(context => work(new Listener(context.AddTask(Markup.Escape(label.In(Cli.Language)), maxValue: 1))));

    private static Progress Bar() =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }).Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DoneColumn(), new ElapsedTimeColumn());

    /// <summary>Moves the bar; Spectre draws it on its own clock, so a report only sets numbers.</summary>
    private sealed class Listener : IProgress<WorkProgress>
    {
        private readonly ProgressTask _task;

        public Listener(ProgressTask task)
        {
            _task = task;
            _task.IsIndeterminate = true;
        }

        public void Report(WorkProgress value)
        {
            _task.State.Update<WorkMeasure>("measure", _ => value.Measure);
            _task.IsIndeterminate = false;
            _task.MaxValue = Math.Max(1, value.Total);
            _task.Value = value.Done;
        }
    }

    /// <summary>How much of how much: megabytes of the file read, or rows; numbers in vi-VN whatever the language.</summary>
    private sealed class DoneColumn : ProgressColumn
    {
        private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            if (task.IsIndeterminate) return Text.Empty;
            var text = task.State.Get<WorkMeasure>("measure") == WorkMeasure.Bytes
                ? string.Create(Vi, $"{task.Value / 1e6:N1}/{task.MaxValue / 1e6:N1} MB")
                : string.Create(Vi, $"{task.Value:N0}/{task.MaxValue:N0}");
            return new Text(text);
        }
    }
}
