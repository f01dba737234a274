using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup folder: when and from what it was made, the last migration and audit head of the
/// database, and the size and SHA-256 of every file of the backup (the database dump and each evidence file), which a
/// restore checks before it touches anything. Written last, so a folder without it is not a finished backup.
/// </summary>
public sealed record BackupManifest(
    int Format,
    DateTimeOffset CreatedAt,
    DatabaseProvider Provider,
    string Migration,
    string AuditHead,
    int AuditEntries,
    int EvidenceFiles,
    IReadOnlyList<BackupPart> Parts)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public void Write(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));

    /// <exception cref="BackupRefusedException">The folder has no readable manifest.</exception>
    public static BackupManifest Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
            throw new BackupRefusedException(BackupMessages.NoManifest(FileName, folder));
        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json)
                ?? throw new BackupRefusedException(BackupMessages.ManifestEmpty(FileName));
        }
        catch (JsonException e)
        {
            throw new BackupRefusedException(BackupMessages.ManifestUnreadable(FileName, e.Message));
        }
    }
}

/// <summary>One file of a backup, by its path relative to the backup folder (with '/' separators).</summary>
public sealed record BackupPart(string Path, long Bytes, string Sha256)
{
    public static async Task<BackupPart> OfAsync(string folder, string relative, CancellationToken ct)
    {
        await using var file = File.OpenRead(System.IO.Path.Combine(folder, relative));
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, ct));
        return new BackupPart(relative.Replace('\\', '/'), file.Length, hash);
    }
}

/// <summary>A backup or restore that cannot go ahead (tampered or incomplete backup, non-empty target…); nothing was changed.</summary>
public sealed class BackupRefusedException(Message says) : Exception(says.ToString()), IRefusal
{
    public Message Says { get; } = says;
}
