namespace ParIndex.Domain.Messages;

/// <summary>Figures imported from an authoritative source (facts): where they come from, what changed, why a file or a mapping is refused.</summary>
public static class FactsMessages
{
    /// <summary>"Nguồn: Cổng DVCQG, ngày 15/11/2026" — beside a figure and in the trace of the score it filled.</summary>
    public static Message Source(string source, DateOnly figuresOn) => new("facts.source", source, figuresOn);

    /// <summary>A problem of one row, naming its unit and indicator: "SNV, chỉ số DVC_DUNG_HAN: …".</summary>
    public static Message Of(string unit, string indicator, Message problem) => new("facts.of", unit, indicator, problem);

    public static Message NoColumn(string vi, string en) => new("facts.no-column", vi, en);

    public static Message EmptyCell(string column) => new("facts.empty-cell", column);

    public static Message NotADate(string typed) => new("facts.not-a-date", new Typed(typed));

    public static Message FutureDate(DateOnly on) => new("facts.future-date", on);

    public static Message NoUnit(string unit) => new("facts.no-unit", new Typed(unit));

    public static Message NoDossier(string unit) => new("facts.no-dossier", unit);

    public static Message Twice(int line) => new("facts.twice", line);

    public static Message RefusedByRule(string leaf, Message why) => new("facts.refused-by-rule", new Criterion(leaf), why);

    public static Message Change(string unit, string indicator, decimal? old, decimal value) =>
        old is { } was ? new("facts.change", unit, indicator, was, value) : new("facts.new", unit, indicator, value);

    public static Message Imported(int figures, int added, int changed, int unchanged, int filled) =>
        new("facts.imported", figures, added, changed, unchanged, filled);

    public static Message ToConfirm(int changed) => new("facts.to-confirm", changed);

    /// <summary>A file read on the web page, nothing stored yet: "2 số liệu mới, 1 thay đổi, 3 không đổi; …".</summary>
    public static Message ToReview(int added, int changed, int unchanged) => new("facts.to-review", added, changed, unchanged);

    public static Message NotMapped(string leaf) => new("facts.map.not-mapped", new Criterion(leaf));

    /// <summary>A mapping removed: the item is the unit's again, what was filled stays.</summary>
    public static Message Unmapped(string indicator, string leaf) => new("facts.unmapped", indicator, new Criterion(leaf));

    public static Message ReadOnly(string leaf, string indicator) => new("facts.read-only", new Criterion(leaf), indicator);

    public static Message NoLeaf(string leaf) => new("facts.map.no-leaf", new Typed(leaf));

    public static Message WrongKind(string leaf, Message takes) => new("facts.map.wrong-kind", new Criterion(leaf), takes);

    public static Message Mapped(string indicator, string leaf) => new("facts.mapped", indicator, new Criterion(leaf));
}
