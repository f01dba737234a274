namespace ParIndex.Domain.Messages;

/// <summary>Where in an input a problem is: the words of a location ("trang tính", "dòng", "cột").</summary>
public static class LocationMessages
{
    public static Message Sheet(string sheet) => new("where.sheet", sheet);

    public static Message Row(int row) => new("where.row", row);

    public static Message Column(string column) => new("where.column", column);

    /// <summary>A survey question by its code: "câu hỏi q1" (a question is not a criterion).</summary>
    public static Message Question(string code) => new("where.question", code);

    /// <summary>A problem after its location: "scores.csv, dòng 4, tiêu chí 1.3.2: …".</summary>
    public static Message At(IReadOnlyList<object> where, Message problem) => new("where.at", new Listing(where, int.MaxValue), problem);

    /// <summary>A typed value, quoted: "“abc”".</summary>
    public static Message Quoted(string text) => new("where.typed", text);

    /// <summary>A typed value longer than a message may carry, cut: "“9999…” (1000001 ký tự)".</summary>
    public static Message Cut(string start, int length) => new("where.cut", start, length);
}
