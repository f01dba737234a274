namespace ParIndex.Domain.Composite;

/// <summary>The input of a composite index cannot be used; every problem found is listed.</summary>
public sealed class CompositeException(IReadOnlyList<CompositeProblem> problems)
    : Exception(problems.Count == 1 ? problems[0].ToString() : $"{problems.Count} problems, first: {problems[0]}")
{
    public IReadOnlyList<CompositeProblem> Problems { get; } = problems;

    public CompositeException(CompositeProblem problem) : this([problem]) { }
}
