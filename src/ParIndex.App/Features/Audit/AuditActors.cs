using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Audit;

/// <summary>
/// Who an audit entry's actor id is, for people: the username and name of a stored user, or in words the command
/// line's operator or a survey's respondent — never the id itself ("cli:…").
/// </summary>
public static class AuditActors
{
    /// <summary>The actor id of a survey's respondent, made when an answer is saved through an invitation link.</summary>
    public const string SurveyRespondentPrefix = "khao-sat-";

    public static async Task<Dictionary<string, Message>> NamesAsync(AppDbContext db, IEnumerable<string> actors, CancellationToken ct)
    {
        var ids = actors.Distinct(StringComparer.Ordinal).ToList();
        var users = await db.Users.Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName, u.DisplayName }).ToListAsync(ct);
        var names = users.ToDictionary(u => u.Id, u => PageMessages.Person(u.DisplayName is null ? u.UserName ?? u.Id : $"{u.UserName} ({u.DisplayName})"));
        foreach (var id in ids.Where(i => !names.ContainsKey(i))) names[id] = NotAUser(id);
        return names;
    }

    /// <summary>An actor with no account: the command line's operator, a survey's respondent, or else the id as stored.</summary>
    public static Message NotAUser(string id) =>
        id.StartsWith("cli:", StringComparison.Ordinal) ? PageMessages.Operator()
        : id.StartsWith(SurveyRespondentPrefix, StringComparison.Ordinal) ? PageMessages.SurveyRespondent()
        : PageMessages.Person(id);
}
