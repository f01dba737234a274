namespace ParIndex.App.Data;

/// <summary>
/// Times as the database keeps them: UTC, to the microsecond (PostgreSQL's precision), so a value read back is the
/// value written and hashes over it stay valid.
/// </summary>
public static class Moment
{
    public static DateTimeOffset Of(DateTimeOffset t)
    {
        var utc = t.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    /// <summary>Vietnam's time (UTC+7, no daylight saving): how deadlines are shown to users.</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static DateTimeOffset InVietnam(DateTimeOffset t) => t.ToOffset(VietnamOffset);

    /// <summary>
    /// A stored instant that may be absent (e.g. an extension) in Vietnam time: the database gives it back in UTC, and
    /// the workflow's messages print the time as it is.
    /// </summary>
    public static DateTimeOffset? InVietnam(DateTimeOffset? t) => t is { } value ? InVietnam(value) : null;

    /// <summary>
    /// Calendar days in Vietnam from <paramref name="now"/>'s date to <paramref name="deadline"/>'s: 0 on the day it
    /// falls due, negative once it has passed.
    /// </summary>
    public static int DaysLeft(DateTimeOffset now, DateTimeOffset deadline) =>
        DateOnly.FromDateTime(InVietnam(deadline).DateTime).DayNumber - DateOnly.FromDateTime(InVietnam(now).DateTime).DayNumber;
}
