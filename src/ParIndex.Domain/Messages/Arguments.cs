using ParIndex.Domain.Text;

namespace ParIndex.Domain.Messages;

/// <summary>A framework node, named for people: "tiêu chí 1.3.2" / "criterion 1.3.2".</summary>
public sealed record Criterion(string Code);

/// <summary>A number of points, rounded to two decimals for display: "0,5 điểm" / "0,5 points".</summary>
public sealed record Points(decimal Value);

/// <summary>A ratio shown as a percentage: 1,2 → "120%".</summary>
public sealed record Percent(decimal Ratio);

/// <summary>A value someone typed, quoted; a long one is cut to its <see cref="Excerpt.Start"/> and its length.</summary>
public sealed record Typed(string? Text)
{
    public Message Shown => Text is { Length: > Excerpt.MaxLength }
        ? LocationMessages.Cut(Excerpt.Start(Text), Text.Length)
        : LocationMessages.Quoted(Text ?? "");
}

/// <summary>An option of a graded rule, named by its label in the reader's language ("Đúng hạn" / "On time").</summary>
public sealed record Choice(string Label, string? LabelEn = null);

/// <summary>A pass/fail result: "Đạt" / "Passed", "Không đạt" / "Failed".</summary>
public sealed record Verdict(bool Passed);

/// <summary>A unit, by name with its code beside it: "Sở Nội vụ (SNV)"; by code alone when the name is not at hand.</summary>
public sealed record UnitName(string Code, string? Name = null);

/// <summary>
/// Several names in one argument, the first <see cref="Shown"/> of them written out and the rest counted:
/// "BQLKKT, SCT, … (và 16 đơn vị khác)". Items are rendered as arguments are (a <see cref="UnitName"/>, a string…).
/// </summary>
public sealed record Listing(IReadOnlyList<object> Items, int Shown = Listing.DefaultShown, string Separator = ", ")
{
    public const int DefaultShown = 10;

    public bool Equals(Listing? other) => other is not null && Shown == other.Shown && Separator == other.Separator && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => HashCode.Combine(Items.Count, Shown);
}

/// <summary>
/// A text that already exists in both languages (a name held as Vietnamese and English, a title built from counts):
/// rendered in the reader's one language.
/// </summary>
public sealed record Both(string Vi, string En);

/// <summary>Quoted alternatives: "“Đang soạn” hoặc “Bị trả lại để chỉnh sửa”" / "“Draft” or “Returned for revision”".</summary>
public sealed record Alternatives(IReadOnlyList<object> Items)
{
    public bool Equals(Alternatives? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}
