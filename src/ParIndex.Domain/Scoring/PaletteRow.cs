using System.Collections;

namespace ParIndex.Domain.Scoring;

/// <summary>One unit's inputs as indices into an <see cref="InputPalette"/>, read as inputs by leaf ordinal.</summary>
internal sealed class PaletteRow(InputPalette palette, int[] indices) : IReadOnlyList<LeafInput>
{
    public InputPalette Palette { get; } = palette;

    public LeafInput this[int index] => Palette.Input(index, indices[index]);

    public int Count => indices.Length;

    public ref readonly InputPalette.Entry Entry(int leaf) => ref Palette.At(leaf, indices[leaf]);

    public IEnumerator<LeafInput> GetEnumerator()
    {
        for (var leaf = 0; leaf < indices.Length; leaf++) yield return this[leaf];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
