using ParIndex.App.Data;

namespace ParIndex.App.Features.Homes;

/// <summary>
/// A deadline as people count it in Vietnam: its moment, and the calendar days from today to its day (Vietnam time,
/// UTC+7): 0 on the day itself, 1 the day before, −2 two days after. <see cref="Passed"/> follows the workflow's
/// exclusive deadlines: the deadline's very instant is already too late.
/// </summary>
public sealed record Due(DateTimeOffset At, int Days, bool Passed)
{
    public static Due Of(DateTimeOffset deadline, DateTimeOffset now)
    {
        var day = DateOnly.FromDateTime(Moment.InVietnam(deadline).DateTime);
        var today = DateOnly.FromDateTime(Moment.InVietnam(now).DateTime);
        return new Due(Moment.InVietnam(deadline), day.DayNumber - today.DayNumber, now >= deadline);
    }
}
