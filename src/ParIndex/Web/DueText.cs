using ParIndex.App.Features.Homes;

namespace ParIndex.Web;

/// <summary>A deadline in words with its days left, in the reader's language: "còn 9 ngày (đến 01/12/2026 17:00)".</summary>
public static class DueText
{
    public static string Of(Texts t, Due due) => due switch
    {
        { Passed: true, Days: < 0 } => t[$"đã quá hạn {-due.Days} ngày ({Vi.Time(due.At)})", $"{-due.Days} day(s) overdue ({Vi.Time(due.At)})"],
        { Passed: true } => t[$"đã quá hạn ({Vi.Time(due.At)})", $"overdue ({Vi.Time(due.At)})"],
        { Days: 0 } => t[$"hạn hôm nay, {Vi.Clock(due.At)}", $"due today at {Vi.Clock(due.At)}"],
        { Days: 1 } => t[$"còn 1 ngày (đến {Vi.Time(due.At)})", $"1 day left (until {Vi.Time(due.At)})"],
        _ => t[$"còn {due.Days} ngày (đến {Vi.Time(due.At)})", $"{due.Days} days left (until {Vi.Time(due.At)})"],
    };

    /// <summary>A class for the deadline's urgency: passed, within a week, or later.</summary>
    public static string Urgency(Due due) => due.Passed ? "due-passed" : due.Days <= 7 ? "due-soon" : "due-later";
}
