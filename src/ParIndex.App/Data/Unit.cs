namespace ParIndex.App.Data;

/// <summary>An assessed body (đơn vị): a ministry, province, department, district or commune.</summary>
public sealed class Unit
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public UnitType Type { get; set; }

    /// <summary>The unit group (khối) it is ranked in, e.g. "Sở, ban, ngành".</summary>
    public required string Group { get; set; }

    public int? ParentId { get; set; }

    public Unit? Parent { get; set; }

    public DateOnly? ValidFrom { get; set; }

    public DateOnly? ValidTo { get; set; }
}
