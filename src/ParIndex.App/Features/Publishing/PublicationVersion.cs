using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Publishing;

/// <summary>
/// A value that changes whenever what the public may see changes: publication, withdrawal, reopening, any stage change
/// of a period (each bumps the period's version), and any publication row added or removed. Web nodes key their public
/// output cache on it, so every node serves the new results from the commit on, whoever made the change (another node,
/// the command line), with nothing to notify. One indexed read per cached request.
/// </summary>
public static class PublicationVersion
{
    public static Task<string> ReadAsync(AppDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<string>("""
            SELECT CAST((SELECT COUNT(*) FROM "Periods") AS TEXT) || '.' || CAST((SELECT COALESCE(SUM("Version"), 0) FROM "Periods") AS TEXT)
                || '.' || CAST((SELECT COUNT(*) FROM "Publications") AS TEXT) || '.' || CAST((SELECT COALESCE(MAX("Id"), 0) FROM "Publications") AS TEXT) AS "Value"
            """).SingleAsync(ct);
}
