namespace ParIndex.App.Data;

/// <summary>
/// The current figure of one indicator for one unit in one period, as the last import brought it, with its source and
/// the date of the figures. Earlier figures are in the audit log; the scores they filled are in the score ledger.
/// </summary>
public sealed class FactFigure
{
    public long Id { get; set; }

    public int PeriodId { get; set; }

    public int UnitId { get; set; }

    public required string Indicator { get; set; }

    public decimal Value { get; set; }

    /// <summary>Who measured it: "Cổng Dịch vụ công quốc gia".</summary>
    public required string Source { get; set; }

    /// <summary>The date the source's figures are of.</summary>
    public DateOnly FiguresOn { get; set; }

    public required string ImportedBy { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
