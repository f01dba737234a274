using ParIndex.App.Data;

namespace ParIndex.App.Backup;

/// <summary>An instance's data: its database and the folder of its evidence store.</summary>
public sealed record BackupTarget(DatabaseProvider Provider, string ConnectionString, string EvidenceRoot)
{
    /// <summary>The name of the database dump inside a backup folder.</summary>
    public string DatabasePart => Provider == DatabaseProvider.Postgres ? "database.pgdump" : "database.sqlite";

    public const string EvidenceFolder = "evidence";
}
