using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Assessment;

/// <summary>
/// Someone else saved first: the change was based on an outdated version. Carries what is there now, so the user
/// can look at it and decide, instead of silently overwriting it.
/// </summary>
public sealed class ConflictException(Message says, int currentVersion, string? currentValue) : Exception(says.ToString()), IRefusal
{
    /// <summary>A conflict whose text is not in the catalogue yet.</summary>
    public ConflictException(string message, int currentVersion, string? currentValue) : this(Domain.Messages.Message.Plain(message), currentVersion, currentValue) { }

    public Message Says { get; } = says;

    public int CurrentVersion { get; } = currentVersion;

    public string? CurrentValue { get; } = currentValue;
}
