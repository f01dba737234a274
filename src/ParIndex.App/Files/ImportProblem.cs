using ParIndex.Domain.Messages;
using Said = ParIndex.Domain.Messages.Message;

namespace ParIndex.App.Files;

/// <summary>
/// One thing wrong in an input file, located as precisely as the format allows: file, sheet, line (row),
/// column, and the framework node code where there is one. <see cref="Says"/> is what is wrong, from the catalogue.
/// </summary>
/// <remarks>
/// A plain text is at most <see cref="MaxMessage"/> characters: messages name bad values by an excerpt, and this bounds
/// any that echo more, so a problem report never carries back a huge value (see <see cref="Domain.Text.Excerpt"/>).
/// </remarks>
public sealed record ImportProblem(string File, Said Says, int? Line = null, string? Column = null, string? Sheet = null, string? Node = null)
{
    public const int MaxMessage = 1000;

    /// <summary>The survey question a problem is about, located as "câu hỏi q1" (where <see cref="Node"/> is a criterion).</summary>
    public string? Question { get; init; }

    /// <summary>A problem whose text is not in the catalogue yet: shown as it came.</summary>
    public ImportProblem(string File, string Message, int? Line = null, string? Column = null, string? Sheet = null, string? Node = null)
        : this(File, Said.Plain(Message.Length <= MaxMessage ? Message : Message[..MaxMessage] + $"… ({Message.Length} ký tự)"), Line, Column, Sheet, Node)
    {
    }

    /// <summary>"scores.csv, trang tính “Điểm”, dòng 4, cột B, tiêu chí 1.3.2: …" in the reader's language.</summary>
    public Said Located
    {
        get
        {
            var where = new List<object> { File };
            if (Sheet is not null) where.Add(LocationMessages.Sheet(Sheet));
            if (Line is { } line) where.Add(LocationMessages.Row(line));
            if (Column is not null) where.Add(LocationMessages.Column(Column));
            if (Node is not null) where.Add(new Criterion(Node));
            if (Question is not null) where.Add(LocationMessages.Question(Question));
            return LocationMessages.At(where, Says);
        }
    }

    /// <summary>What is wrong, in Vietnamese, without the location.</summary>
    public string Message => Says.ToString();

    public string In(Language language) => Located.In(language);

    public override string ToString() => In(Language.Vi);
}
