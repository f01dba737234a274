namespace ParIndex.App.Data;

/// <summary>How an imported figure becomes a sub-criterion's input.</summary>
public enum FactScale
{
    /// <summary>A percentage 0–100 (95,5), read as the ratio 0,955.</summary>
    Percent,

    /// <summary>A ratio 0–1 as it is.</summary>
    Ratio,

    /// <summary>A whole count.</summary>
    Count,

    /// <summary>Points as they are.</summary>
    Points,
}

/// <summary>
/// In one period, an indicator measured by an authoritative source (Cổng Dịch vụ công quốc gia…) fills one
/// sub-criterion's input for every unit the source gives a figure for; the unit no longer types that item.
/// </summary>
public sealed class FactMapping
{
    public int Id { get; set; }

    public int PeriodId { get; set; }

    /// <summary>The source's indicator code, as in the import file ("DVC_DUNG_HAN").</summary>
    public required string Indicator { get; set; }

    public required string LeafCode { get; set; }

    public FactScale Scale { get; set; }
}
