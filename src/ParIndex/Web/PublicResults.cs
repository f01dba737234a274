using Microsoft.AspNetCore.OutputCaching;

namespace ParIndex.Web;

/// <summary>Names shared by the public pages and API: their output-cache policy and tag.</summary>
internal static class PublicResults
{
    public const string CachePolicy = "public-results";

    public const string CacheTag = "published";

    /// <summary>
    /// Public results are cached briefly for readers who are not signed in (<see cref="AnonymousReaders"/>), one copy
    /// per reader language (the pages are bilingual).
    /// </summary>
    public static void AddPolicy(OutputCacheOptions options) => options.AddPolicy(CachePolicy, p => p.AddPolicy<AnonymousReaders>()
        .Expire(TimeSpan.FromSeconds(30)).Tag(CacheTag)
        .VaryByValue(context => new KeyValuePair<string, string>("lang", Lang.IsEnglish(context) ? "en" : "vi")), excludeDefaultPolicy: true);
}
