namespace ParIndex.Domain.Comparison;

/// <summary>One thing wrong with a crosswalk, located by its link (0-based, null for the whole), node code and the link's field.</summary>
public sealed record CrosswalkProblem(int? Link, string? Node, string Message, CrosswalkField? Field = null)
{
    public override string ToString() => (Link is { } l ? $"link {l + 1}" : "crosswalk") + (Node is null ? "" : $" ({Node})") + $": {Message}";
}
