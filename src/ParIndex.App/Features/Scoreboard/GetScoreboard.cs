using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Scoreboard;

/// <summary>
/// The province scoreboard: every external index with its years, oldest first, and the change on the year before
/// it that has a figure. Published figures: anyone reads them, signed in or not.
/// </summary>
public sealed record GetScoreboard;

/// <param name="Since">The year the change is measured from: the previous year with a figure (null for the first).</param>
/// <param name="DeltaScore">Score minus the score of <paramref name="Since"/>.</param>
/// <param name="DeltaRank">Places gained since <paramref name="Since"/> (positive = better, i.e. a smaller rank number); null without both ranks.</param>
public sealed record ScoreboardYear(int Year, decimal Score, int? Rank, int? OutOf, string Source, int? Since, decimal? DeltaScore, int? DeltaRank);

/// <param name="Name">The name of the latest year's row.</param>
public sealed record ScoreboardIndex(string Code, string Name, string? NameEn, IReadOnlyList<ScoreboardYear> Years)
{
    public ScoreboardYear Latest => Years[^1];
}

public sealed class GetScoreboardHandler(AppDbContext db)
{
    /// <summary>The usual order of the indices a province is measured on; any other comes after them, by code.</summary>
    private static readonly string[] Usual = ["PAR_INDEX", "SIPAS", "PCI", "PAPI", "ICT", "DTI"];

    public async Task<IReadOnlyList<ScoreboardIndex>> HandleAsync(GetScoreboard request, CancellationToken ct = default)
    {
        var all = await db.ExternalIndexScores.AsNoTracking().ToListAsync(ct);
        return [.. all.GroupBy(s => s.IndexCode)
            .OrderBy(g => Array.IndexOf(Usual, g.Key) is >= 0 and var i ? i : Usual.Length)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Trend([.. g.OrderBy(s => s.Year)]))];
    }

    private static ScoreboardIndex Trend(List<ExternalIndexScore> years)
    {
        var rows = new List<ScoreboardYear>();
        ExternalIndexScore? before = null;
        foreach (var s in years)
        {
            rows.Add(new ScoreboardYear(s.Year, s.Score, s.Rank, s.OutOf, s.Source, before?.Year,
                before is null ? null : s.Score - before.Score,
                before?.Rank is { } was && s.Rank is { } now ? was - now : null));
            before = s;
        }
        var latest = years[^1];
        return new ScoreboardIndex(latest.IndexCode, latest.IndexName, latest.IndexNameEn, rows);
    }
}
