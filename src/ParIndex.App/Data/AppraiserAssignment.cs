namespace ParIndex.App.Data;

/// <summary>What an appraiser may appraise in a period: a unit (all its areas), an area (in all units), or both.</summary>
public sealed class AppraiserAssignment
{
    public int Id { get; set; }

    public int PeriodId { get; set; }

    public required string UserId { get; set; }

    public int? UnitId { get; set; }

    public string? AreaCode { get; set; }
}
