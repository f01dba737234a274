namespace ParIndex.Web;

/// <summary>Names shared by the public pages and API: their output-cache policy and tag.</summary>
internal static class PublicResults
{
    public const string CachePolicy = "public-results";

    public const string CacheTag = "published";
}
