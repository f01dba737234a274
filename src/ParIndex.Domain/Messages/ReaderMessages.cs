namespace ParIndex.Domain.Messages;

/// <summary>Why a table file (CSV or the first sheet of a workbook) cannot be read: its kind, its encoding, its header.</summary>
public static class ReaderMessages
{
    public static Message WrongExtension(string extension) => new("file.wrong-extension", new Typed(extension));

    public static Message EmptyCsv() => new("file.empty-csv");

    public static Message NoSheet() => new("file.no-sheet");

    public static Message EmptySheet() => new("file.empty-sheet");

    /// <summary>A required column not in the header, with the header as read.</summary>
    public static Message MissingColumn(string column, string header) => new("file.missing-column", new Typed(column), new Typed(header));

    /// <summary>A required column under either of its names (English or Vietnamese), not in the header.</summary>
    public static Message MissingColumnOr(string column, string other, string header) =>
        new("file.missing-column-or", new Typed(column), new Typed(other), new Typed(header));

    /// <summary>A file with so many problems that reading stopped: the first ones are listed.</summary>
    public static Message StoppedAfter(int problems) => new("file.stopped-after", problems);

    public static Message Utf16() => new("csv.utf16");

    public static Message RecordTooLong(int megabytes) => new("csv.record-too-long", megabytes);

    public static Message NulNotUtf8() => new("csv.nul-not-utf8");

    public static Message NotUtf8() => new("csv.not-utf8");

    public static Message UnclosedQuote() => new("csv.unclosed-quote");

    public static Message TextAfterQuote() => new("csv.text-after-quote");
}
