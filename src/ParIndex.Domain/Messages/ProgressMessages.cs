namespace ParIndex.Domain.Messages;

/// <summary>What the progress bar of a long command-line run says it is doing.</summary>
public static class ProgressMessages
{
    public static Message ImportingResponses() => new("progress.importing-responses");

    public static Message Computing() => new("progress.computing");

    public static Message WritingWorkbook() => new("progress.writing-workbook");
}
