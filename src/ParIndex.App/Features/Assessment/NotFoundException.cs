using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Assessment;

public sealed class NotFoundException(Message says) : Exception(says.ToString()), IRefusal
{
    /// <summary>A refusal whose text is not in the catalogue yet.</summary>
    public NotFoundException(string message) : this(Domain.Messages.Message.Plain(message)) { }

    public Message Says { get; } = says;
}
