namespace ParIndex.Web.Tests;

/// <summary>The repository root (samples/), a scratch folder, and where the browser tests leave their artifacts.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    /// <summary>Screenshots (<c>screenshots/</c>) and failure traces (<c>traces/</c>) of this run, emptied when the run starts.</summary>
    public static readonly string Artifacts = FreshArtifacts();

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parindex-web-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FreshArtifacts()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "artifacts");
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(Path.Combine(dir, "screenshots"));
        Directory.CreateDirectory(Path.Combine(dir, "traces"));
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParIndex.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ParIndex.slnx not found above " + AppContext.BaseDirectory);
    }
}
