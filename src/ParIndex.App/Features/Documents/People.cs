using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Documents;

/// <summary>The names people sign with, for the user ids the ledger and the audit log keep.</summary>
internal static class People
{
    /// <summary>Each id's display name (else user name); the command line's operator ("cli:name") by their name.</summary>
    public static async Task<Dictionary<string, string>> NamesAsync(AppDbContext db, IEnumerable<string> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        var users = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.UserName ?? u.Id }).ToListAsync(ct);
        var names = users.ToDictionary(u => u.Id, u => u.Name, StringComparer.Ordinal);
        foreach (var id in wanted.Where(id => !names.ContainsKey(id)))
            names[id] = id.StartsWith("cli:", StringComparison.Ordinal) ? id[4..] : id;
        return names;
    }
}
