using ParIndex.Domain.Messages;

namespace ParIndex.App.Data;

/// <summary>
/// A text about to be written cannot be stored: it holds U+0000 (<see cref="Files.NulText"/>) or is longer than its
/// column, from a form field, an API body or a command option; nothing is written. <see cref="Field"/> names the
/// record and property, <see cref="Problem"/> what is wrong with it.
/// </summary>
public sealed class InvalidTextException(string field, Message problem) : Exception($"{field}: {problem}"), IRefusal
{
    public string Field { get; } = field;

    public Message Problem { get; } = problem;

    public Message Says => TextMessages.At(Field, Problem);
}
