using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.App.Features.Audit;

/// <summary>
/// A score's audit values as people read them. The log stores what the ledger wrote — "v2: ontime → 1", "v1" — with the
/// input as typed or as its option key; read against the item's rule in its period, the key becomes the option's label
/// ("phiên bản 2: Đúng hạn → 1 điểm"), a ratio a percentage, the points vi-VN. A value of another shape, or of an item
/// that cannot be found, stays as stored.
/// </summary>
public static partial class ScoreAuditValues
{
    /// <param name="key">The entry's key, "{period}/{unit}/{item}".</param>
    public static async Task<(Message? Old, Message? New)> ReadAsync(AppDbContext db, string key, string? oldValue, string? newValue, CancellationToken ct)
    {
        var parts = key.Split('/');
        if (parts.Length != 3 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var periodId)) return (null, null);
        var group = await db.Units.AsNoTracking().Where(u => u.Code == parts[1]).Select(u => u.Group).FirstOrDefaultAsync(ct);
        var edition = group is null ? null : await db.Periods.AsNoTracking().Where(p => p.Id == periodId)
            .SelectMany(p => p.Frameworks).Where(f => f.Group == group).Select(f => f.FrameworkEdition).FirstOrDefaultAsync(ct);
        if (edition is null) return (null, null);
        var framework = CompiledFrameworks.Of(edition);
        if (framework.NodeIndex(parts[2]) is not { } node || framework.LeafOrdinal(node) is not (>= 0 and var leaf)) return (null, null);
        var rule = framework.Rules[leaf];
        return (Read(oldValue, rule), Read(newValue, rule));
    }

    /// <summary>"v2", "v2: input" or "v2: input → points" read against the rule; null for any other shape.</summary>
    public static Message? Read(string? value, ScoringRule rule)
    {
        if (value is null || Stored().Match(value) is not { Success: true } m) return null;
        var version = int.Parse(m.Groups["version"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["input"].Success) return ScoreMessages.StoredVersion(version);
        var input = ScoreMessages.Shown(m.Groups["input"].Value, rule);
        return m.Groups["points"].Success && decimal.TryParse(m.Groups["points"].Value, NumberStyles.Number, CultureInfo.InvariantCulture, out var points)
            ? ScoreMessages.StoredWithPoints(version, input, points)
            : ScoreMessages.Stored(version, input);
    }

    [GeneratedRegex(@"^v(?<version>\d{1,9})(?:: (?<input>.*?)(?: → (?<points>-?\d+(?:\.\d+)?))?)?$", RegexOptions.Singleline)]
    private static partial Regex Stored();
}
