namespace ParIndex.App.Tests;

/// <summary>Paths in the repository (samples/) and a scratch folder per test.</summary>
internal static class Repo
{
    public static readonly string Root = FindRoot();

    public static string Sample(string relative) => Path.Combine(Root, "samples", relative);

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parindex-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ParIndex.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ParIndex.slnx not found above " + AppContext.BaseDirectory);
    }
}
