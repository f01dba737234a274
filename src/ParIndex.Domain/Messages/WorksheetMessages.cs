namespace ParIndex.Domain.Messages;

/// <summary>What is wrong in a self-assessment worksheet brought back, and the notes on what it left as it was.</summary>
public static class WorksheetMessages
{
    /// <summary>A sheet the worksheet must have, with the sheets the file has.</summary>
    public static Message NoSheet(string sheet, IReadOnlyList<string> present) =>
        new("worksheet.no-sheet", sheet, new Listing([.. present], int.MaxValue));

    public static Message RowMissing(string label) => new("worksheet.row-missing", label);

    public static Message OtherPeriod(string found, int period, string name) => new("worksheet.other-period", found, period, name);

    public static Message OtherUnit(string found, string unit) => new("worksheet.other-unit", found, unit);

    public static Message OtherFramework(string found, string framework) => new("worksheet.other-framework", found, framework);

    public static Message OtherEdition(string framework) => new("worksheet.other-edition", framework);

    public static Message NoCode() => new("worksheet.no-code");

    public static Message UnknownCode(string code, string framework) => new("worksheet.unknown-code", new Typed(code), framework);

    public static Message CodeTwice(string code) => new("worksheet.code-twice", code);

    public static Message NotALeaf(string code) => new("worksheet.not-a-leaf", code);

    /// <summary>A sub-criterion scored from the survey: its input cell (named by its header) stays empty.</summary>
    public static Message FromSurvey(string code, string inputColumn) => new("worksheet.from-survey", code, inputColumn);

    public static Message BadDate(string typed, string format) => new("worksheet.bad-date", new Typed(typed), format);

    public static Message ExplanationWithoutInput(string code, string inputColumn) => new("worksheet.explanation-without-input", code, inputColumn);

    /// <summary>A refused input, then how the sub-criterion is scored (<paramref name="hint"/>, in both languages).</summary>
    public static Message InputRefused(Message problem, Both hint) => new("worksheet.input-refused", problem, hint);

    public static Message VersionMissing(string code, int current) => new("worksheet.version-missing", code, current);

    public static Message VersionNotCount(string typed, string code) => new("worksheet.version-not-count", new Typed(typed), code);

    /// <summary>A row saved by someone after the export: the version the file is based on, and the current one.</summary>
    public static Message Conflict(string code, int fileVersion, int current, string input) =>
        new("worksheet.conflict", code, fileVersion, current, new Typed(input));

    public static Message ConflictWithNote(string code, int fileVersion, int current, string input, string note) =>
        new("worksheet.conflict-note", code, fileVersion, current, new Typed(input), new Typed(note));

    public static Message Raced() => new("worksheet.raced");

    public static Message SheetEmpty() => new("worksheet.sheet-empty");

    public static Message ColumnTwice(string column) => new("worksheet.column-twice", column);

    public static Message ColumnMissing(string column) => new("worksheet.column-missing", column);

    /// <summary>The document details of a row, read but not stored: "Dòng 3 (1.1): văn bản số …, ngày …".</summary>
    public static Message EvidenceNote(int line, string code, IReadOnlyList<object> details) =>
        new("worksheet.evidence-note", line, code, new Listing([.. details], int.MaxValue));

    public static Message DocumentNumber(string number) => new("worksheet.document-number", number);

    public static Message DocumentDate(DateOnly date) => new("worksheet.document-date", date);

    public static Message LeftEmpty(IReadOnlyList<string> codes) => new("worksheet.left-empty", new Listing([.. codes], int.MaxValue));

    public static Message NotInFile(IReadOnlyList<string> codes) => new("worksheet.not-in-file", new Listing([.. codes], int.MaxValue));
}
