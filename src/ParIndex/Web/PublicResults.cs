using Microsoft.AspNetCore.OutputCaching;
using ParIndex.App.Data;
using ParIndex.App.Features.Publishing;

namespace ParIndex.Web;

/// <summary>The output-cache policy of the public pages and API.</summary>
internal static class PublicResults
{
    public const string CachePolicy = "public-results";

    /// <summary>
    /// Public results are cached briefly, one copy per reader language (the pages are bilingual) and per
    /// <see cref="PublicationVersion"/>: read from the database on every request, so a publication, withdrawal or reopening
    /// made on any node or from the command line is served by every node from its commit on (decision 011).
    /// </summary>
    public static void AddPolicy(OutputCacheOptions options) => options.AddPolicy(CachePolicy, p => p.Expire(TimeSpan.FromSeconds(30))
        .VaryByValue(context => new KeyValuePair<string, string>("lang", Lang.IsEnglish(context) ? "en" : "vi"))
        .VaryByValue(async (context, ct) => new KeyValuePair<string, string>("published",
            await PublicationVersion.ReadAsync(context.RequestServices.GetRequiredService<AppDbContext>(), ct))));
}
