using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Text;

namespace ParIndex.App.Frameworks;

/// <summary>Loads and saves frameworks by file extension (.json or .xlsx); a loaded framework is always valid.</summary>
public static class FrameworkFiles
{
    public static Framework Load(string path)
    {
        if (!File.Exists(path)) throw new ImportException([new ImportProblem(path, "file not found")]);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => FrameworkJson.Read(File.ReadAllText(path), path),
            ".xlsx" => FrameworkXlsx.Read(File.ReadAllBytes(path), path),
            var ext => throw new ImportException([new ImportProblem(path, $"a framework is a .json or .xlsx file, not '{Excerpt.Of(ext)}'")]),
        };
    }

    /// <summary>The file content of a framework in the format the path's extension names.</summary>
    public static byte[] Render(Framework framework, string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => System.Text.Encoding.UTF8.GetBytes(FrameworkJson.Write(framework)),
        ".xlsx" => FrameworkXlsx.Write(framework),
        _ => throw new ImportException([new ImportProblem(path, "a framework is written as .json or .xlsx")]),
    };

    /// <summary>Runs the domain validation and reports its problems as located import problems.</summary>
    internal static Framework Validated(Framework framework, string file)
    {
        var problems = FrameworkValidator.Validate(framework);
        // A problem of the whole framework or its bands has no node: the message says where.
        ImportException.ThrowIfAny([.. problems.Select(p => p.Where is FrameworkProblem.OfFramework or FrameworkProblem.OfBands
            ? new ImportProblem(file, p.Located) : new ImportProblem(file, p.Says, Node: p.Where))]);
        return framework;
    }
}
