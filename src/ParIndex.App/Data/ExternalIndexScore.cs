namespace ParIndex.App.Data;

/// <summary>
/// A figure the province is measured on by someone else (PAR INDEX, SIPAS, PCI, PAPI, ICT Index …) for one year:
/// the score and, when published, the rank out of how many provinces, with where the figure comes from.
/// </summary>
public sealed class ExternalIndexScore
{
    public int Id { get; set; }

    /// <summary>The index's code, upper case: PAR_INDEX, SIPAS, PCI, PAPI, ICT.</summary>
    public required string IndexCode { get; set; }

    public required string IndexName { get; set; }

    public string? IndexNameEn { get; set; }

    public int Year { get; set; }

    public decimal Score { get; set; }

    public int? Rank { get; set; }

    /// <summary>How many provinces were ranked (63, or 34 after the 2025 merger).</summary>
    public int? OutOf { get; set; }

    /// <summary>Publisher, address or decision number the figure is taken from.</summary>
    public required string Source { get; set; }
}
