using System.Globalization;
using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Evidence;

/// <summary>
/// Where in a document the proof for one sub-criterion is: its pages ("3", "3–5", "3, 7", kept written the one way
/// "3–5, 7") and an optional section or article ("Điều 5", "mục II.2") — what an appraiser asks a unit to cite
/// ("mục nào, trang nào"). <see cref="FirstPage"/> is where a PDF opens.
/// </summary>
public sealed record ProofPlace(string? Pages, string? Section)
{
    public const int MaxSection = 100;

    public const int MaxParts = 20;

    public const int MaxPage = 100_000;

    /// <summary>Nothing cited.</summary>
    public static readonly ProofPlace None = new(null, null);

    /// <summary>The first page cited, or null when no page is.</summary>
    public int? FirstPage => Pages is null ? null : int.Parse(Pages.Split([',', '–'])[0].Trim(), CultureInfo.InvariantCulture);

    public bool IsEmpty => Pages is null && Section is null;

    /// <summary>"trang 3–5, Điều 5" / "pages 3–5, Điều 5"; null when nothing is cited.</summary>
    public Message? Shown => (Pages, Section) switch
    {
        (null, null) => null,
        (null, { } section) => Message.Plain(section),
        ({ } pages, null) => EvidenceMessages.AtPages(pages),
        ({ } pages, { } section) => EvidenceMessages.AtPagesAndSection(pages, section),
    };

    /// <summary>
    /// Reads what a person typed: pages separated by commas (or semicolons), a range with "-", "–" or "—", spaces
    /// anywhere; empty means none. Every problem is listed; the place is null when there is one.
    /// </summary>
    public static (ProofPlace? Place, IReadOnlyList<Message> Problems) Read(string? pages, string? section)
    {
        var problems = new List<Message>();
        var text = string.IsNullOrWhiteSpace(pages) ? null : ReadPages(pages, problems);
        var where = string.IsNullOrWhiteSpace(section) ? null : section.Trim();
        if (where is { Length: > MaxSection }) problems.Add(EvidenceMessages.SectionTooLong(MaxSection));
        return problems.Count == 0 ? (new ProofPlace(text, where), problems) : (null, problems);
    }

    private static string? ReadPages(string typed, List<Message> problems)
    {
        var parts = typed.Split([',', ';'], StringSplitOptions.TrimEntries);
        if (parts.Length > MaxParts)
        {
            problems.Add(EvidenceMessages.TooManyPages(MaxParts));
            return null;
        }
        var written = new List<string>();
        foreach (var part in parts)
        {
            var ends = part.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
            if (ends.Length > 2 || ends.Any(e => !IsPage(e)))
            {
                problems.Add(EvidenceMessages.NotAPage(part));
                continue;
            }
            var from = int.Parse(ends[0], CultureInfo.InvariantCulture);
            var to = ends.Length == 2 ? int.Parse(ends[1], CultureInfo.InvariantCulture) : from;
            if (from < 1 || to < 1) problems.Add(EvidenceMessages.PageZero());
            else if (from > MaxPage || to > MaxPage) problems.Add(EvidenceMessages.NotAPage(part));
            else if (to < from) problems.Add(EvidenceMessages.Backwards(from, to));
            else written.Add(from == to ? Page(from) : $"{Page(from)}–{Page(to)}");
        }
        return string.Join(", ", written);
    }

    private static bool IsPage(string text) => text.Length is > 0 and <= 9 && text.All(char.IsAsciiDigit);

    private static string Page(int page) => page.ToString(CultureInfo.InvariantCulture);
}
