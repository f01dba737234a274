namespace ParIndex.Domain.Frameworks;

public sealed class InvalidFrameworkException(IReadOnlyList<FrameworkProblem> problems)
    : Exception("Bộ chỉ số không hợp lệ / invalid framework:" + Environment.NewLine + string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<FrameworkProblem> Problems { get; } = problems;
}
