using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Workflow;

/// <summary>An illegal workflow step; <see cref="Says"/> why it was refused, in the reader's language.</summary>
public sealed class WorkflowException(Message says) : Exception(says.ToString()), IRefusal
{
    /// <summary>A refusal whose text is not in the catalogue yet.</summary>
    public WorkflowException(string message) : this(ParIndex.Domain.Messages.Message.Plain(message)) { }

    public Message Says { get; } = says;
}
