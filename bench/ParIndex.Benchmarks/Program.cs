using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ParIndex.Benchmarks.NationalYearBenchmarks).Assembly).Run(args);
