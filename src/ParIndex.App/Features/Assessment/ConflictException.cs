namespace ParIndex.App.Features.Assessment;

/// <summary>
/// Someone else saved first: the change was based on an outdated version. Carries what is there now, so the user
/// can look at it and decide, instead of silently overwriting it.
/// </summary>
public sealed class ConflictException(string message, int currentVersion, string? currentValue) : Exception(message)
{
    public int CurrentVersion { get; } = currentVersion;

    public string? CurrentValue { get; } = currentValue;
}
