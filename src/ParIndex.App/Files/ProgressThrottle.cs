using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace ParIndex.App.Files;

/// <summary>
/// Passes a long run's progress on at most five times a second, so a loop may tell it every row at no measurable
/// cost: the clock is read once every <see cref="Stride"/> calls, and not at all when nobody listens.
/// </summary>
public sealed class ProgressThrottle(IProgress<WorkProgress>? progress, WorkMeasure measure)
{
    private const int Stride = 64;
    private static readonly long Interval = Stopwatch.Frequency / 5;

    private long _next;
    private int _calls;

    public bool Listening => progress is not null;

    /// <summary><paramref name="done"/> of <paramref name="total"/>, passed on when the last report is old enough.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Report(long done, long total)
    {
        if (progress is null || ++_calls < Stride) return;
        _calls = 0;
        var now = Stopwatch.GetTimestamp();
        if (now < _next) return;
        _next = now + Interval;
        progress.Report(new WorkProgress(done, total, measure));
    }

    /// <summary>The end: always passed on.</summary>
    public void Finish(long total) => progress?.Report(new WorkProgress(total, total, measure));
}
