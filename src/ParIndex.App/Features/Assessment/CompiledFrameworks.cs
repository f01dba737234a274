using Microsoft.EntityFrameworkCore;
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

    /// <summary>The compiled edition named by reference; its JSON is read from the database only on a cache miss.</summary>
    public static async Task<CompiledFramework> OfAsync(AppDbContext db, EditionRef edition, CancellationToken ct)
    {
        if (Cache.TryGetValue(edition.Sha256, out var compiled)) return compiled;
        var json = await db.Frameworks.Where(f => f.Id == edition.Id).Select(f => f.Json).SingleAsync(ct);
        return Cache.GetOrAdd(edition.Sha256, _ => CompiledFramework.Compile(FrameworkJson.Read(json, edition.Code)));
    }
}

/// <summary>A framework edition by identity: its id, code and the SHA-256 of its canonical JSON.</summary>
public sealed record EditionRef(int Id, string Code, string Sha256);
