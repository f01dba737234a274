namespace ParIndex.App.Evidence.Storage;

/// <summary>
/// Content-addressed storage of evidence files (tài liệu kiểm chứng): a file is named by the SHA-256 of its content,
/// so the same content is stored once however many times it is uploaded. Implementations must be safe to share
/// between processes and web nodes.
/// </summary>
public interface IEvidenceStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into the store, hashing and counting it on the way; sniffs its real type from
    /// its first bytes. The upload is never held in memory, and a refused upload leaves nothing behind.
    /// </summary>
    /// <param name="content">The upload; read once, to its end, and not disposed. It need not be seekable.</param>
    /// <param name="fileName">The name the user gave; only used to make <see cref="StoredFile.SafeFileName"/>
    /// (and to tell legacy Word, Excel and PowerPoint files apart, which share one binary format).</param>
    /// <param name="ct">Cancels the upload; nothing is left behind.</param>
    /// <exception cref="EvidenceRejectedException">The file is empty, too large or not an accepted type.</exception>
    Task<StoredFile> SaveAsync(Stream content, string fileName, CancellationToken ct);

    /// <summary>Opens a stored file for reading, or returns null when the store has no such file.</summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex digits.</exception>
    Task<Stream?> OpenAsync(string sha256, CancellationToken ct);

    /// <summary>Whether the store holds a file with this hash.</summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex digits.</exception>
    Task<bool> ExistsAsync(string sha256, CancellationToken ct);

    /// <summary>
    /// Deletes a stored file, if present: used to undo the files of an all-or-nothing import whose database
    /// transaction rolled back. Only delete files whose <see cref="StoredFile.AlreadyStored"/> was false: other
    /// records may point at content that was already there.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex digits.</exception>
    Task DeleteAsync(string sha256, CancellationToken ct);

    /// <summary>The hashes of all stored files, in no particular order (for backups and tests).</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken ct = default);
}
