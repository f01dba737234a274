using System.Buffers;
using System.Security.Cryptography;

namespace ParIndex.App.Evidence.Storage;

/// <summary>
/// Evidence files on disk under <see cref="EvidenceStoreOptions.Root"/>, each at <c>&lt;root&gt;/&lt;first 2 hex&gt;/&lt;sha256&gt;</c>;
/// the user's file name never reaches the path. Uploads are written to <c>&lt;root&gt;/.tmp</c> first (same volume) and then
/// renamed into place, so a stored file is always complete, and several processes can share one root. A file's last-write
/// time is when it was last stored: an upload of content already there sets it again, so the sweep
/// (<see cref="RemoveUnreferencedAsync"/>) never takes a file an upload in progress relies on. The root must lie outside
/// any web root: files are only served through the application.
/// </summary>
public sealed class FileSystemEvidenceStore : IEvidenceStore
{
    private const int BufferSize = 81_920;

    private readonly string root;
    private readonly string tempDir;
    private readonly string asideDir;
    private readonly long maxBytes;

    public FileSystemEvidenceStore(EvidenceStoreOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Root);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBytes);
        root = Path.GetFullPath(options.Root);
        tempDir = Path.Combine(root, ".tmp");
        asideDir = Path.Combine(root, ".sweep");
        maxBytes = options.MaxBytes;
        Directory.CreateDirectory(tempDir);
    }

    public async Task<StoredFile> SaveAsync(Stream content, string fileName, CancellationToken ct)
    {
        var tempPath = Path.Combine(tempDir, Guid.NewGuid().ToString("N"));
        try
        {
            var (sha256, size) = await CopyAndHashAsync(content, tempPath, ct);
            if (size == 0) throw EvidenceRejectedException.Empty();
            var contentType = ContentSniffer.Detect(tempPath, fileName, maxBytes);
            var safeName = FileNames.Safe(fileName);

            var path = PathOf(sha256);
            if (MarkStored(path)) return new StoredFile(sha256, size, contentType, safeName, AlreadyStored: true);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                File.Move(tempPath, path, overwrite: false);
            }
            catch (IOException) when (MarkStored(path))
            {
                return new StoredFile(sha256, size, contentType, safeName, AlreadyStored: true); // another upload won the race
            }
            return new StoredFile(sha256, size, contentType, safeName, AlreadyStored: false);
        }
        finally
        {
            File.Delete(tempPath); // a no-op once moved into place
        }
    }

    /// <summary>
    /// Puts back a file a backup took from a store: stored as it is (no type check: it was accepted once), and only if
    /// its content has the given hash.
    /// </summary>
    /// <exception cref="InvalidDataException">The content's SHA-256 is not <paramref name="sha256"/>.</exception>
    public async Task RestoreAsync(Stream content, string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        var tempPath = Path.Combine(tempDir, Guid.NewGuid().ToString("N"));
        try
        {
            var (actual, _) = await CopyAndHashAsync(content, tempPath, ct);
            if (actual != sha256) throw new InvalidDataException($"content hashes to {actual}, not {sha256}");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Move(tempPath, path, overwrite: true);
        }
        finally
        {
            File.Delete(tempPath);
        }
    }

    public Task<Stream?> OpenAsync(string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        ct.ThrowIfCancellationRequested();
        try
        {
            Stream stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize,
                FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task<bool> ExistsAsync(string sha256, CancellationToken ct)
    {
        var path = PathOf(sha256);
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(File.Exists(path));
    }

    /// <remarks>The two-hex-digit folder is kept even when emptied: another upload may be moving a file into it.</remarks>
    public async Task<bool> RemoveUnreferencedAsync(string sha256, TimeSpan minAge, Func<CancellationToken, Task<bool>> isReferenced, CancellationToken ct)
    {
        var path = PathOf(sha256);
        if (!Old(path, minAge) || await isReferenced(ct)) return false;
        Directory.CreateDirectory(asideDir);
        var aside = Path.Combine(asideDir, $"{sha256}.{Guid.NewGuid():N}");
        try
        {
            File.Move(path, aside, overwrite: false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        // An upload that found the file before it was set aside stored it again (a new time); one that came after finds no
        // file and stores its own copy. A document committed meanwhile is seen by the second look.
        if (!Old(aside, minAge) || await isReferenced(CancellationToken.None))
        {
            try
            {
                File.Move(aside, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(aside); // an upload stored the same content again meanwhile
            }
            return false;
        }
        File.Delete(aside);
        return true;
    }

    public int RemoveAbandonedUploads(TimeSpan minAge)
    {
        var removed = 0;
        foreach (var file in Directory.EnumerateFiles(tempDir))
        {
            if (!Old(file, minAge)) continue;
            File.Delete(file);
            removed++;
        }
        return removed;
    }

    /// <summary>Marks a stored file as stored now; false when there is no such file (not stored, or set aside by the sweep).</summary>
    private static bool MarkStored(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    private static bool Old(string path, TimeSpan minAge) =>
        File.Exists(path) && File.GetLastWriteTimeUtc(path) <= DateTime.UtcNow - minAge;

    public IAsyncEnumerable<string> ListAsync(CancellationToken ct = default) => Hashes(ct).ToAsyncEnumerable();

    private IEnumerable<string> Hashes(CancellationToken ct)
    {
        foreach (var dir in Directory.EnumerateDirectories(root))
        {
            var prefix = Path.GetFileName(dir);
            if (prefix.Length != 2 || !prefix.All(char.IsAsciiHexDigitLower)) continue;
            foreach (var file in Directory.EnumerateFiles(dir))
            {
                ct.ThrowIfCancellationRequested();
                var name = Path.GetFileName(file);
                if (IsSha256(name) && name.StartsWith(prefix, StringComparison.Ordinal)) yield return name;
            }
        }
    }

    private async Task<(string Sha256, long Size)> CopyAndHashAsync(Stream content, string tempPath, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            await using var file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize,
                FileOptions.Asynchronous);
            long size = 0;
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                size += read;
                if (size > maxBytes) throw EvidenceRejectedException.TooLarge(maxBytes);
                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), ct);
            }
            await file.FlushAsync(ct);
            file.Flush(flushToDisk: true); // durable before it is renamed into place
            return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The path of a hash; the hash is checked first, so no argument can ever point outside the root.</summary>
    private string PathOf(string sha256)
    {
        if (!IsSha256(sha256))
            throw new ArgumentException("Invalid hash: 64 lowercase hex digits expected.", nameof(sha256));
        return Path.Combine(root, sha256[..2], sha256);
    }

    private static bool IsSha256(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);
}
