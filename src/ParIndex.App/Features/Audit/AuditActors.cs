using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Audit;

/// <summary>Who an audit entry's actor id is, for people: the username (and name) of a stored user, or the command line's operator.</summary>
public static class AuditActors
{
    public static async Task<Dictionary<string, string>> NamesAsync(AppDbContext db, IEnumerable<string> actors, CancellationToken ct)
    {
        var ids = actors.Distinct(StringComparer.Ordinal).ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct);
        var names = users.ToDictionary(u => u.Id, u => u.DisplayName is null ? u.UserName ?? u.Id : $"{u.UserName} ({u.DisplayName})");
        foreach (var id in ids.Where(i => !names.ContainsKey(i)))
            names[id] = id.StartsWith("cli:", StringComparison.Ordinal) ? $"{id[4..]} (dòng lệnh / command line)" : id;
        return names;
    }
}
