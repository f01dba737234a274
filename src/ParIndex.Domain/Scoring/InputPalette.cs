using System.Runtime.InteropServices;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// Many units' inputs on one framework held compactly: each sub-criterion's distinct inputs once, with the points and
/// applicable maximum its rule gives them, and each unit a row of indices into them (<see cref="Row"/>). A national
/// year of tens of thousands of units then keeps a few hundred bytes a unit instead of a full input per
/// sub-criterion, and no rule scores the same input twice. Every sub-criterion starts with <see cref="Missing"/> (0,
/// so a new row is all missing) and <see cref="NotApplicable"/> (1).
/// </summary>
public sealed class InputPalette
{
    public const int Missing = 0;

    public const int NotApplicable = 1;

    private readonly List<Entry>[] _entries;

    public InputPalette(CompiledFramework framework)
    {
        Framework = framework;
        _entries = new List<Entry>[framework.LeafNodes.Length];
        for (var leaf = 0; leaf < _entries.Length; leaf++)
        {
            _entries[leaf] = [];
            Add(leaf, LeafInput.Missing);
            Add(leaf, LeafInput.NotApplicable);
        }
    }

    public CompiledFramework Framework { get; }

    /// <summary>Adds an input of a sub-criterion (by leaf ordinal); returns its index among that sub-criterion's inputs.</summary>
    public int Add(int leaf, LeafInput input)
    {
        var node = Framework.LeafNodes[leaf];
        var max = Framework.NodeMax[node];
        var rule = Framework.Rules[leaf];
        var rejected = rule.Reject(input, max);
        var entries = _entries[leaf];
        entries.Add(new Entry(input, rejected is null ? rule.Score(input, max) : 0m,
            input.Kind == InputKind.NotApplicable || !Framework.CountsTowardMax[node] ? 0m : max, rejected));
        return entries.Count - 1;
    }

    /// <summary>The input with that index on a sub-criterion.</summary>
    public LeafInput Input(int leaf, int index) => At(leaf, index).Input;

    /// <summary>A unit's inputs by leaf ordinal, given as one index per sub-criterion.</summary>
    public IReadOnlyList<LeafInput> Row(int[] indices)
    {
        if (indices.Length != _entries.Length)
            throw new ArgumentException($"expected {_entries.Length} inputs, got {indices.Length}", nameof(indices));
        return new PaletteRow(this, indices);
    }

    internal ref readonly Entry At(int leaf, int index) => ref CollectionsMarshal.AsSpan(_entries[leaf])[index];

    /// <summary>An input with its points and applicable maximum, or why its rule cannot score it.</summary>
    internal readonly record struct Entry(LeafInput Input, decimal Points, decimal Max, Message? Rejected);
}
