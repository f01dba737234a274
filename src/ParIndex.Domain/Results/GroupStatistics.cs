namespace ParIndex.Domain.Results;

/// <summary>
/// What is published about a group as a whole. Averages are plain (unweighted) means of the units' exact
/// indices, as every published average checked is (DESIGN.md §3).
/// </summary>
public sealed record GroupStatistics(
    int Count,
    decimal Mean,
    decimal Median,
    decimal Min,
    decimal Max,
    IReadOnlyList<(string Band, int Count)> Bands,
    IReadOnlyList<(string Area, decimal? Mean)> AreaMeans,
    IReadOnlyList<string> UnitsAboveMean,
    IReadOnlyList<LeafLoss> MostPointsLost);
