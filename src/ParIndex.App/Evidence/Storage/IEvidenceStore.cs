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
    /// Removes a stored file that no record names and that was neither stored nor uploaded again for at least
    /// <paramref name="minAge"/>: the evidence sweep. A failed or cancelled write never deletes a file (a concurrent upload
    /// of the same content may have found it already stored), so files no document names are left for this sweep. The file
    /// is set aside before <paramref name="isReferenced"/> is asked a second time; an upload meanwhile either marks the file
    /// as stored again (it is put back) or, finding it gone, stores its own copy.
    /// </summary>
    /// <returns>True when the file was removed.</returns>
    /// <exception cref="ArgumentException"><paramref name="sha256"/> is not 64 lowercase hex digits.</exception>
    Task<bool> RemoveUnreferencedAsync(string sha256, TimeSpan minAge, Func<CancellationToken, Task<bool>> isReferenced, CancellationToken ct);

    /// <summary>Deletes temporary uploads older than <paramref name="minAge"/> (left by a process killed mid-upload).</summary>
    /// <returns>How many were deleted.</returns>
    int RemoveAbandonedUploads(TimeSpan minAge);

    /// <summary>The hashes of all stored files, in no particular order (for backups and tests).</summary>
    IAsyncEnumerable<string> ListAsync(CancellationToken ct = default);
}
