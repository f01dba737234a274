using ParIndex.App.Evidence.Storage;

namespace ParIndex.App.Tests.Evidence;

/// <summary>A store in its own scratch folder, removed after the test.</summary>
internal sealed class EvidenceStoreFixture : IDisposable
{
    private readonly string scratch = Repo.TempDir();

    public EvidenceStoreFixture(long maxBytes = 50 * 1024 * 1024)
    {
        Root = Path.Combine(scratch, "evidence");
        Store = new FileSystemEvidenceStore(new EvidenceStoreOptions(Root, maxBytes));
    }

    public string Root { get; }

    public FileSystemEvidenceStore Store { get; }

    /// <summary>Every file under the root, temporary ones included.</summary>
    public string[] AllFiles() => Directory.GetFiles(Root, "*", SearchOption.AllDirectories);

    public Task<StoredFile> SaveAsync(byte[] content, string fileName) =>
        Store.SaveAsync(new MemoryStream(content), fileName, CancellationToken.None);

    public void Dispose() => Directory.Delete(scratch, recursive: true);
}
