namespace ParIndex.Domain.Composite;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014; the seeder of the xoshiro family): a tiny 64-bit generator of our own, so a
/// seed gives the same numbers on every .NET version and machine. <see cref="NextDouble"/> takes the top 53 bits: a
/// double uniform on [0, 1). <see cref="Stream"/> gives replication r of a seed its own generator, so a Monte Carlo
/// run gives the same numbers whichever thread runs which replication.
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong state = seed;

    public ulong Next()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        return Mix(z);
    }

    public double NextDouble() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>The generator of stream <paramref name="index"/> of <paramref name="seed"/>: seeded by Mix(seed ⊕ Mix(index + 1)).</summary>
    public static SplitMix64 Stream(ulong seed, long index) => new(Mix(seed ^ Mix((ulong)index + 1)));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
