namespace ParIndex.Domain.Messages;

/// <summary>A text that cannot be taken as typed: too long, or not text at all.</summary>
public static class TextMessages
{
    /// <summary>"Trích yếu dài quá 2000 ký tự" — the field named by a message of its own.</summary>
    public static Message TooLong(Message field, int max) => new("text.too-long", field, max);

    /// <summary>A stored text longer than its column: "dài 70 ký tự, quá 64".</summary>
    public static Message LongerThanColumn(int length, int max) => new("text.longer-than-column", length, max);

    public static Message Nul() => new("text.nul");

    /// <summary>A problem at a field or a cell: "ScoreEntry.Note: …", "B4: …".</summary>
    public static Message At(string field, Message problem) => new("text.field", field, problem);
}
