namespace ParIndex.App.Evidence.Storage;

/// <summary>An evidence file as the store keeps it.</summary>
/// <param name="Sha256">The SHA-256 of the content, 64 lowercase hex digits: the file's only name in the store.</param>
/// <param name="Size">The content's length in bytes.</param>
/// <param name="ContentType">The MIME type sniffed from the content (never from the file name's extension).</param>
/// <param name="SafeFileName">The uploaded name made safe by <see cref="FileNames.Safe"/>, kept as metadata for downloads.</param>
/// <param name="AlreadyStored">True when the same content was already in the store and nothing new was written.</param>
public sealed record StoredFile(string Sha256, long Size, string ContentType, string SafeFileName, bool AlreadyStored);
