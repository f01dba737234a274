using ParIndex.App.Files;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// An uploaded file handed to an import use case, which reads from a path: it is written under its own name into a
/// private temporary folder, removed afterwards, and the problems found name the file as the user knows it.
/// </summary>
public static class Uploads
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public static async Task<T> ImportAsync<T>(IFormFile file, Func<string, Task<T>> import, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("parindex-upload-");
        try
        {
            var name = SafeName(file.FileName);
            var path = Path.Combine(folder.FullName, name);
            await using (var target = File.Create(path)) await file.CopyToAsync(target, ct);
            try
            {
                return await import(path);
            }
            catch (ImportException e)
            {
                throw new ImportException([.. e.Problems.Select(p => p with { File = p.File.Replace(path, name, StringComparison.Ordinal) })]);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        foreach (var c in Path.GetInvalidFileNameChars()) name = name.Replace(c, '_');
        return string.IsNullOrWhiteSpace(name) || name.StartsWith('.') ? "tep" + Path.GetExtension(name) : name;
    }
}
