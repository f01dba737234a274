namespace ParIndex.Domain.Frameworks;

/// <summary>One thing wrong with a framework, located by node code (or "bands" / "framework").</summary>
public sealed record FrameworkProblem(string Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}
