using System.Globalization;

namespace ParIndex.App.Tests.Fuzz;

/// <summary>
/// How hard the fuzz tests push: a bounded CI profile by default; <c>PARINDEX_FUZZ_ITERATIONS=10000</c> for the full run
/// (bench/README.md) and <c>PARINDEX_FUZZ_SEED</c> to replay the seed a failure printed.
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultIterations = 150;
    public const int DefaultSeed = 20250331;

    public static int Iterations => Number("PARINDEX_FUZZ_ITERATIONS") ?? DefaultIterations;

    public static int Seed => Number("PARINDEX_FUZZ_SEED") ?? DefaultSeed;

    /// <summary>Far above what any case needs on a loaded 2-core machine; a case that takes longer hangs.</summary>
    public static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The seed of one case: stable across runs and platforms (string.GetHashCode is not).</summary>
    public static int CaseSeed(string format, int index)
    {
        var hash = Seed;
        foreach (var c in format) hash = unchecked(hash * 31 + c);
        return unchecked(hash * 1_000_003 + index);
    }

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
