namespace ParIndex.App.Security;

/// <summary>
/// What one reader sees of one unit's submission in one period (<see cref="Access.ReaderScopeAsync"/>). Before
/// publication only those inside see anything, and only what they are inside of: the unit's own people, the
/// secretariat, the council and admin the whole unit; an appraiser the sub-criteria their assignments cover (the whole
/// unit, or one area), as for writes. After publication everyone signed in sees every sub-criterion's scores and the
/// reasons that explain them; what stays inside is the unit's own notes, appeal arguments, who wrote what (user ids),
/// return reasons and extensions, and the evidence's file names and uploaders (docs/security.md, "What is public").
/// </summary>
public sealed class ReaderScope
{
    private readonly Func<string, bool> _insideLeaf;

    internal ReaderScope(bool published, bool wholeUnit, Func<string, bool> insideLeaf)
    {
        Published = published;
        WholeUnit = wholeUnit;
        _insideLeaf = insideLeaf;
    }

    /// <summary>The period's results are published.</summary>
    public bool Published { get; }

    /// <summary>The reader is inside the whole unit: its own people, those who see every unit, an appraiser of all of it.</summary>
    public bool WholeUnit { get; }

    /// <summary>Whether the reader sees this sub-criterion at all.</summary>
    public bool Sees(string leafCode) => Published || Inside(leafCode);

    /// <summary>Whether the reader sees this sub-criterion's internals (notes, arguments, authors), not only its public scores.</summary>
    public bool Inside(string leafCode) => WholeUnit || _insideLeaf(leafCode);
}
