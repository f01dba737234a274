using ParIndex.Domain.Scoring;

namespace ParIndex.App.Compute;

/// <summary>
/// Every unit's inputs, units in the order they first appear: each unit a row of indices (by leaf ordinal) into the
/// palette of the inputs the file gave.
/// </summary>
public sealed record ScoreSheet(IReadOnlyList<string> Units, InputPalette Palette, IReadOnlyDictionary<string, int[]> Rows)
{
    /// <summary>A unit's inputs, by leaf ordinal.</summary>
    public IReadOnlyList<LeafInput> Inputs(string unit) => Palette.Row(Rows[unit]);

    public UnitScore Score(string unit) => UnitScorer.Score(Palette, Rows[unit]);
}
