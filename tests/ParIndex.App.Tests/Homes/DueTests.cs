using ParIndex.App.Features.Homes;

namespace ParIndex.App.Tests.Homes;

/// <summary>Days left to a deadline, counted on Vietnam's calendar (UTC+7), with the workflow's exclusive deadline.</summary>
public sealed class DueTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateTimeOffset Deadline = new(2025, 3, 31, 17, 0, 0, Vietnam);

    [Theory]
    // 2 January to 31 March: 29 days left in January + 28 in February + 31 in March = 88.
    [InlineData(2025, 1, 2, 9, 0, 88, false)]
    [InlineData(2025, 3, 30, 23, 59, 1, false)]
    [InlineData(2025, 3, 31, 0, 0, 0, false)]
    [InlineData(2025, 3, 31, 16, 59, 0, false)]
    // The deadline's own instant is late, as the workflow says; the day is still day 0.
    [InlineData(2025, 3, 31, 17, 0, 0, true)]
    [InlineData(2025, 4, 1, 0, 0, -1, true)]
    [InlineData(2025, 4, 3, 8, 0, -3, true)]
    public void Counts_calendar_days_in_Vietnam(int y, int m, int d, int h, int min, int days, bool passed)
    {
        var due = Due.Of(Deadline, new DateTimeOffset(y, m, d, h, min, 0, Vietnam));
        Assert.Equal((days, passed), (due.Days, due.Passed));
        Assert.Equal(Vietnam, due.At.Offset);
    }

    [Fact]
    public void The_days_are_Vietnams_not_UTCs()
    {
        // 31/03 18:00 UTC is 01/04 01:00 in Vietnam: a day after the deadline's day, although UTC still says 31 March.
        Assert.Equal(-1, Due.Of(Deadline, new DateTimeOffset(2025, 3, 31, 18, 0, 0, TimeSpan.Zero)).Days);
        // 30/03 17:30 UTC is 31/03 00:30 in Vietnam: the deadline's day, although UTC still says 30 March.
        Assert.Equal(0, Due.Of(Deadline, new DateTimeOffset(2025, 3, 30, 17, 30, 0, TimeSpan.Zero)).Days);
    }
}
