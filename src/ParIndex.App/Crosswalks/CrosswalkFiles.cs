using ParIndex.App.Files;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Text;

namespace ParIndex.App.Crosswalks;

/// <summary>Loads and writes crosswalks by file extension (.json or .xlsx).</summary>
public static class CrosswalkFiles
{
    public static CrosswalkFile Load(string path)
    {
        if (!File.Exists(path)) throw new ImportException([new ImportProblem(path, NotFoundMessages.File())]);
        return Read(File.ReadAllBytes(path), path);
    }

    /// <summary>A crosswalk from an upload or a file's bytes, by the name's extension.</summary>
    public static CrosswalkFile Read(byte[] bytes, string name) => Path.GetExtension(name).ToLowerInvariant() switch
    {
        ".json" => CrosswalkJson.Read(System.Text.Encoding.UTF8.GetString(bytes), name),
        ".xlsx" => CrosswalkXlsx.Read(bytes, name),
        var ext => throw new ImportException([new ImportProblem(name, $"a crosswalk is a .json or .xlsx file, not '{Excerpt.Of(ext)}'")]),
    };

    public static byte[] Render(string from, string to, IReadOnlyList<CrosswalkRow> rows, string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => System.Text.Encoding.UTF8.GetBytes(CrosswalkJson.Write(from, to, rows)),
        ".xlsx" => CrosswalkXlsx.Write(from, to, rows),
        _ => throw new ImportException([new ImportProblem(path, "a crosswalk is written as .json or .xlsx")]),
    };
}
