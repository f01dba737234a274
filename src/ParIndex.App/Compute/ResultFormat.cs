namespace ParIndex.App.Compute;

public enum ResultFormat
{
    Csv,
    Json,
    Xlsx,
    /// <summary>An aligned text table in Vietnamese for a terminal.</summary>
    Table,
}
