using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Audit;

/// <summary>
/// The audit entries of a span of days in Vietnam time, selected by the database. PostgreSQL compares instants; SQLite
/// keeps an instant as text (<c>2025-01-02 02:00:00.5+00:00</c>) and EF Core will not compare those, so there the
/// same bounds are compared as text — exact, because every entry is written in UTC (<see cref="Moment.Of"/>), and in
/// that one offset the text orders as the instant does.
/// </summary>
public static class AuditDays
{
    public static IQueryable<AuditEntry> Between(AppDbContext db, DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null) return db.Audit.AsNoTracking();
        var start = from is { } f ? Midnight(f) : DateTimeOffset.MinValue.ToUniversalTime();
        var end = to is { } t ? Midnight(t.AddDays(1)) : DateTimeOffset.MaxValue.ToUniversalTime();
        if (!db.Database.IsSqlite()) return db.Audit.AsNoTracking().Where(a => a.At >= start && a.At < end);
        return db.Audit.FromSqlInterpolated($"SELECT * FROM \"Audit\" WHERE \"At\" >= {Text(start)} AND \"At\" < {Text(end)}").AsNoTracking();
    }

    /// <summary>The first instant of a day in Vietnam (UTC+7), in UTC.</summary>
    public static DateTimeOffset Midnight(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Moment.VietnamOffset).ToUniversalTime();

    // As Microsoft.Data.Sqlite writes a DateTimeOffset.
    private static string Text(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture);
}
