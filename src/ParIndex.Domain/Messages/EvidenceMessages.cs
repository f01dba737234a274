namespace ParIndex.Domain.Messages;

/// <summary>
/// Why an evidence upload, a link or a stored file is refused or found wrong, and where a document proves a
/// sub-criterion (<see cref="Evidence.ProofPlace"/>): as shown, and why a citation is refused.
/// </summary>
public static class EvidenceMessages
{
    public static Message Empty() => new("evidence.empty");

    /// <summary>"Tệp quá lớn: tối đa 50 MB." — the limit in megabytes, written vi-VN in both languages.</summary>
    public static Message TooLarge(decimal megabytes) => new("evidence.too-large", megabytes);

    public static Message ExpandsTooMuch() => new("evidence.expands-too-much");

    public static Message TypeNotAllowed() => new("evidence.type-not-allowed");

    public static Message ActiveContent() => new("evidence.active-content");

    public static Message UnreadablePdf() => new("evidence.unreadable-pdf");

    public static Message Macros() => new("evidence.macros");

    public static Message AppealOnlyWhenAppraised() => new("evidence.appeal-only-when-appraised");

    public static Message AppealWindowClosed(DateTimeOffset closed) => new("evidence.appeal-window-closed", closed);

    public static Message LeafEmpty() => new("evidence.leaf-empty");

    public static Message NotALeaf(string code) => new("evidence.not-a-leaf", new Typed(code));

    public static Message OtherUnit(int document, string unit) => new("evidence.other-unit", document, unit);

    public static Message NoDocument(int document) => new("evidence.no-document", document);

    public static Message NoLeafChosen() => new("evidence.no-leaf-chosen");

    public static Message NeedsSomething() => new("evidence.needs-something");

    public static Message IssuedInFuture(DateOnly issued, DateOnly today) => new("evidence.issued-in-future", issued, today);

    public static Message Number() => new("evidence.number");

    public static Message Issuer() => new("evidence.issuer");

    public static Message Summary() => new("evidence.summary");

    public static Message FileMissing() => new("evidence.file-missing");

    public static Message SizeDiffers(long stored, long expected) => new("evidence.size-differs", stored, expected);

    public static Message HashDiffers() => new("evidence.hash-differs");

    /// <summary>A damaged stored file: its hash, the documents that name it, and what is wrong.</summary>
    public static Message DamagedFile(string sha256, IReadOnlyList<int> documents, Message problem) =>
        new("evidence.damaged-file", sha256, new Listing([.. documents.Cast<object>()], int.MaxValue), problem);

    public static Message AtPages(string pages) => new("evidence.at.pages", pages);

    public static Message AtPagesAndSection(string pages, string section) => new("evidence.at.pages-section", pages, section);

    public static Message NotAPage(string typed) => new("evidence.pages.not-a-page", new Typed(typed));

    public static Message PageZero() => new("evidence.pages.zero");

    public static Message Backwards(int from, int to) => new("evidence.pages.backwards", from, to);

    public static Message TooManyPages(int most) => new("evidence.pages.too-many", most);

    public static Message SectionTooLong(int most) => new("evidence.section.too-long", most);
}
