using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.App.Features.Results;

/// <summary>One published year of a unit: its index, rank in a group of <see cref="GroupSize"/>, and component indices by area code.</summary>
public sealed record YearResult(int PeriodId, int Year, string Group, decimal Index, int Rank, int GroupSize, IReadOnlyDictionary<string, decimal?> Areas);

/// <summary>
/// A unit's result in a period: its score, and — where the reader may see the group — its rank, the group's size and
/// area means; the "why is my score" trace to every leaf; its published years.
/// </summary>
public sealed record UnitResultView(
    int PeriodId,
    int Year,
    string PeriodName,
    bool Published,
    string? Sha256,
    Unit Unit,
    UnitScore Score,
    Band Band,
    int? Rank,
    int? GroupSize,
    Change? Change,
    IReadOnlyList<decimal?>? AreaMeans,
    IReadOnlyList<TraceLine> Trace,
    IReadOnlyList<YearResult> History)
{
    public CompiledFramework Framework => Score.Framework;

    public decimal? Index => Score.Index;
}
