namespace ParIndex.Domain.Results;

/// <summary>An assessed body as the engine sees it: its code, Vietnamese name and unit group (khối).</summary>
public sealed record Unit(string Code, string Name, string Group);
