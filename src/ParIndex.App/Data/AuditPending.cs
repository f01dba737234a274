namespace ParIndex.App.Data;

/// <summary>
/// A stream head committed while another writer was sealing (PostgreSQL): the next seal takes it in and removes this row.
/// Until then it stands for the seal, so that the entries it covers are never in neither (decision 010).
/// </summary>
public sealed class AuditPending
{
    public long Id { get; set; }

    public required string Stream { get; set; }

    public long Sequence { get; set; }

    public required string Hash { get; set; }
}
