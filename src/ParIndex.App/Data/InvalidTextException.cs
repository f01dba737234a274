using ParIndex.App.Files;

namespace ParIndex.App.Data;

/// <summary>
/// A text about to be written holds U+0000 (<see cref="NulText"/>), from a form field, an API body or a command
/// option; nothing is written. <see cref="Field"/> names the record and property.
/// </summary>
public sealed class InvalidTextException(string field)
    : Exception($"{field}: {NulText.Message}")
{
    public string Field { get; } = field;
}
