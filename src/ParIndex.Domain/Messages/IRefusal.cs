namespace ParIndex.Domain.Messages;

/// <summary>A refusal (an exception the reader can act on) that says why as a message of the catalogue.</summary>
public interface IRefusal
{
    Message Says { get; }
}
