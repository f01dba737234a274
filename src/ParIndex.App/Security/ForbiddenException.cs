using ParIndex.Domain.Messages;

namespace ParIndex.App.Security;

/// <summary>The actor may not do this, or not on this unit (or, as <c>AccountDisabledException</c>, may do nothing at all).</summary>
public class ForbiddenException(Message says) : Exception(says.ToString()), IRefusal
{
    /// <summary>A refusal whose text is not in the catalogue yet.</summary>
    public ForbiddenException(string message) : this(Domain.Messages.Message.Plain(message)) { }

    public Message Says { get; } = says;
}
