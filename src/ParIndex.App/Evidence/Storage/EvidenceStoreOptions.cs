namespace ParIndex.App.Evidence.Storage;

/// <summary>Where a <see cref="FileSystemEvidenceStore"/> keeps its files, and how large one may be.</summary>
/// <param name="Root">
/// The store's folder, created if missing. It must lie OUTSIDE any web root (never under wwwroot or a folder served as
/// static files): evidence is only ever served through the application, which checks permissions and sets the
/// content type itself. The default deployment uses ./data/evidence.
/// </param>
/// <param name="MaxBytes">The largest file accepted, in bytes (<see cref="DefaultMaxBytes"/> unless configured).</param>
public sealed record EvidenceStoreOptions(string Root, long MaxBytes = EvidenceStoreOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 50 * 1024 * 1024;
}
