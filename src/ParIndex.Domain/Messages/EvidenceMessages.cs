namespace ParIndex.Domain.Messages;

/// <summary>Where a document proves a sub-criterion (<see cref="Evidence.ProofPlace"/>): as shown, and why a citation is refused.</summary>
public static class EvidenceMessages
{
    public static Message AtPages(string pages) => new("evidence.at.pages", pages);

    public static Message AtPagesAndSection(string pages, string section) => new("evidence.at.pages-section", pages, section);

    public static Message NotAPage(string typed) => new("evidence.pages.not-a-page", new Typed(typed));

    public static Message PageZero() => new("evidence.pages.zero");

    public static Message Backwards(int from, int to) => new("evidence.pages.backwards", from, to);

    public static Message TooManyPages(int most) => new("evidence.pages.too-many", most);

    public static Message SectionTooLong(int most) => new("evidence.section.too-long", most);
}
