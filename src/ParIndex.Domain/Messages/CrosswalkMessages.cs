namespace ParIndex.Domain.Messages;

/// <summary>What the crosswalk use cases say: an edition that is not stored, a crosswalk that does not fit the period, the confirmation.</summary>
public static class CrosswalkMessages
{
    /// <summary>The crosswalk names an edition the database does not hold.</summary>
    public static Message EditionNotStored(string code) => new("crosswalk.edition-not-stored", code);

    /// <summary>The crosswalk maps other editions than the period moves between ("PAR-SO-MAU → PAR-SO-MAU-2026").</summary>
    public static Message NotForPeriod(string from, string to, string period, string expected) =>
        new("crosswalk.not-for-period", from, to, period, expected);

    /// <summary>Every group of the period stays on last year's edition: no crosswalk is needed.</summary>
    public static Message PeriodKeepsItsEditions(string period) => new("crosswalk.period-keeps-editions", period);

    /// <summary>"Đã xác nhận bảng ánh xạ A → B (106 liên kết)".</summary>
    public static Message Confirmed(string from, string to, int links) => new("crosswalk.confirmed", from, to, links);

    /// <summary>A period on a new edition without a confirmed crosswalk compares totals only (decision 015).</summary>
    public static Message TotalsOnly() => new("crosswalk.totals-only");
}
