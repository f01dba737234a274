using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Frameworks;

public sealed class InvalidFrameworkException(IReadOnlyList<FrameworkProblem> problems)
    : Exception(FrameworkMessages.Invalid() + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<FrameworkProblem> Problems { get; } = problems;
}
