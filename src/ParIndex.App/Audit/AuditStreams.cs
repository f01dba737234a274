namespace ParIndex.App.Audit;

/// <summary>
/// Which chain an audit entry joins: one stream per unit's submission in a period (<c>{period}/{unit code}</c>), so that
/// writers to different units never wait for each other, and one stream (<c>*</c>) for everything else, which changes
/// rarely (periods, frameworks, units, users, publication).
/// </summary>
public static class AuditStreams
{
    public const string Other = "*";

    /// <summary>Entities whose key starts with <c>{period}/{unit code}/</c>: a unit's own work in a period.</summary>
    private static readonly HashSet<string> UnitEntities = new(StringComparer.Ordinal) { "Score", "Submission", "Appeal", "Evidence" };

    public static string Of(string entity, string key)
    {
        if (!UnitEntities.Contains(entity)) return Other;
        var parts = key.Split('/');
        return parts.Length >= 2 && int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? $"{parts[0]}/{parts[1]}" : Other;
    }

    /// <summary>The stream of one unit of work: the entries' common stream, or <see cref="Other"/> when they span several.</summary>
    public static string Of(IReadOnlyCollection<Data.AuditEntry> entries)
    {
        var streams = entries.Select(e => Of(e.Entity, e.EntityKey)).Distinct(StringComparer.Ordinal).ToList();
        return streams.Count == 1 ? streams[0] : Other;
    }
}
