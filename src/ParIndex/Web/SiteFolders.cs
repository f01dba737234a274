namespace ParIndex.Web;

/// <summary>The folders the web application writes to, from configuration (relative paths are from the working folder).</summary>
internal static class SiteFolders
{
    /// <summary><c>Evidence:Root</c>: the content-addressed evidence store (default <c>data/evidence</c>).</summary>
    public static string EvidenceRoot(IConfiguration configuration) => configuration["Evidence:Root"] ?? Path.Combine("data", "evidence");

    /// <summary><c>DataProtection:Keys</c>: the keys that sign cookies and antiforgery tokens (default <c>data/keys</c>).</summary>
    public static string Keys(IConfiguration configuration) => configuration["DataProtection:Keys"] ?? Path.Combine("data", "keys");
}
