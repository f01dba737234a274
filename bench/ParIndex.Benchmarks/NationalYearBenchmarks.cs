using BenchmarkDotNet.Attributes;
using ParIndex.Domain.Results;

namespace ParIndex.Benchmarks;

/// <summary>The engine's target: a national year (4,000 units × 100 sub-criteria) in under 200 ms and 200 MB allocated.</summary>
[MemoryDiagnoser]
public class NationalYearBenchmarks
{
    private NationalYear _year = null!;

    [GlobalSetup]
    public void Setup() => _year = new NationalYear();

    [Benchmark]
    public GroupResult ComputeNationalYear() => _year.Compute();
}
