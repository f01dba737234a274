using ParIndex.Domain.Text;
namespace ParIndex.Domain.Surveys;

/// <summary>A show-if condition that does not parse; <see cref="Position"/> is the 0-based character where it went wrong.</summary>
public sealed class ConditionException(string text, int position, string message)
    : Exception($"'{Excerpt.Of(text)}' at character {position + 1}: {message}")
{
    public string Text { get; } = text;

    public int Position { get; } = position;

    public string Reason { get; } = message;
}
