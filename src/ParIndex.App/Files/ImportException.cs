namespace ParIndex.App.Files;

/// <summary>An import that found problems: it carries all of them, and nothing was written.</summary>
public sealed class ImportException(IReadOnlyList<ImportProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<ImportProblem> Problems { get; } = problems;

    public static void ThrowIfAny(IReadOnlyList<ImportProblem> problems)
    {
        if (problems.Count > 0) throw new ImportException(problems);
    }
}
