namespace ParIndex.Domain.Messages;

/// <summary>
/// A problem or an explanation as data: a <see cref="Code"/> of the <see cref="Catalogue"/> and its typed arguments
/// (a <see cref="Criterion"/>, a <see cref="Points"/> value, a limit, a location…). The faces render it in the reader's
/// one language with <see cref="Catalogue.Render"/>; <see cref="ToString"/> is the Vietnamese text, the CLI's default.
/// </summary>
public sealed record Message(string Code, IReadOnlyList<object> Args)
{
    public Message(string code, params object[] args) : this(code, (IReadOnlyList<object>)args) { }

    /// <summary>A text not (yet) in the catalogue, shown as it came in either language.</summary>
    public static Message Plain(string text) => new("text", text);

    public string In(Language language) => Catalogue.Render(this, language);

    public override string ToString() => In(Language.Vi);

    public bool Equals(Message? other) => other is not null && Code == other.Code && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Code, Args.Count);
}

/// <summary>The reader's language: Vietnamese first, English second; numbers and dates stay vi-VN in both.</summary>
public enum Language
{
    Vi,
    En,
}
