using System.Collections.Concurrent;
using ParIndex.App.Data;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Features.Assessment;

/// <summary>Compiled frameworks by edition hash: an edition never changes, so it is parsed and compiled once per process.</summary>
public static class CompiledFrameworks
{
    private static readonly ConcurrentDictionary<string, CompiledFramework> Cache = new();

    public static CompiledFramework Of(FrameworkEdition edition) =>
        Cache.GetOrAdd(edition.Sha256, _ => CompiledFramework.Compile(FrameworkJson.Read(edition.Json, edition.Code)));
}
