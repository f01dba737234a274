namespace ParIndex.App.Data;

/// <summary>
/// A text about to be written cannot be stored: it holds U+0000 (<see cref="Files.NulText"/>) or is longer than its
/// column, from a form field, an API body or a command option; nothing is written. <see cref="Field"/> names the
/// record and property.
/// </summary>
public sealed class InvalidTextException(string field, string problem) : Exception($"{field}: {problem}")
{
    public string Field { get; } = field;
}
