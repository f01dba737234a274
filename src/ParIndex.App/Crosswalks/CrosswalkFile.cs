using ParIndex.App.Files;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Crosswalks;

/// <summary>
/// A crosswalk as read from its file, knowing where each link came from (JSON path or sheet row and the cell of each
/// field), so that the problems found against the two editions point at the file, row, column and node code.
/// </summary>
public sealed class CrosswalkFile(Crosswalk crosswalk, string file, Func<CrosswalkProblem, ImportProblem> locate)
{
    public Crosswalk Crosswalk { get; } = crosswalk;

    public string File { get; } = file;

    /// <summary>Every problem of the crosswalk against the editions it maps, located in the file.</summary>
    public IReadOnlyList<ImportProblem> ProblemsAgainst(CompiledFramework from, CompiledFramework to) =>
        [.. Crosswalk.Validate(from, to).Select(locate)];

    /// <summary>The crosswalk once it holds against both editions; otherwise an <see cref="ImportException"/> with every problem.</summary>
    public Crosswalk CheckedAgainst(CompiledFramework from, CompiledFramework to)
    {
        ImportException.ThrowIfAny(ProblemsAgainst(from, to));
        return Crosswalk;
    }
}
