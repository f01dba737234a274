namespace ParIndex.App.Data;

/// <summary>
/// The stated length limit, in characters, of every free text a person types or a file brings in — whatever the entry
/// point (page, API, command, import). Codes, hashes and enum words have theirs as column lengths in
/// <see cref="AppDbContext"/>; these are the texts whose columns are unbounded. Use cases check their fields against
/// them to refuse beside the field; <see cref="AppDbContext"/> checks every write against them as well (as it checks
/// column lengths), so a text no use case checked is still refused before anything is written. docs/security.md lists
/// them. Audit values, published snapshots, framework and questionnaire JSON are not typed: they are copies or
/// compilations of texts limited here, or read through the bounded file readers.
/// </summary>
public static class TextLimits
{
    /// <summary>Names: of a unit (Vietnamese or English), a period, a framework, a survey.</summary>
    public const int Name = 300;

    /// <summary>A person's display name on an account.</summary>
    public const int PersonName = 200;

    /// <summary>A unit group (khối) by its name, as units and frameworks name it ("Sở, ban, ngành").</summary>
    public const int Group = 200;

    /// <summary>The input of one sub-criterion as a rule reads it (a number, an option, a short text).</summary>
    public const int Input = 1000;

    /// <summary>A note beside a score, a reason for returning a dossier or for deciding an appeal.</summary>
    public const int Note = 4000;

    /// <summary>An appeal's argument for one item.</summary>
    public const int Argument = 8000;

    /// <summary>An evidence document's number (số văn bản).</summary>
    public const int DocumentNumber = 100;

    /// <summary>An evidence document's issuer (cơ quan ban hành).</summary>
    public const int Issuer = 500;

    /// <summary>An evidence document's summary (trích yếu).</summary>
    public const int Summary = 4000;

    /// <summary>An evidence file's content type, as sniffed.</summary>
    public const int ContentType = 100;

    /// <summary>Each bounded text, by record and property (<c>Unit.Name</c>), for <see cref="AppDbContext"/>'s check.</summary>
    internal static readonly IReadOnlyDictionary<string, int> ByField = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Unit.Name"] = Name,
        ["Unit.NameEn"] = Name,
        ["Unit.Group"] = Group,
        ["Period.Name"] = Name,
        ["FrameworkEdition.Name"] = Name,
        ["FrameworkEdition.Group"] = Group,
        ["PeriodFramework.Group"] = Group,
        ["Publication.Group"] = Group,
        ["Survey.Name"] = Name,
        ["AppUser.DisplayName"] = PersonName,
        ["Submission.ReturnReason"] = Note,
        ["ScoreEntry.Input"] = Input,
        ["ScoreEntry.Note"] = Note,
        ["Appeal.Argument"] = Argument,
        ["Appeal.RequestedInput"] = Input,
        ["Appeal.DecisionReason"] = Note,
        ["EvidenceDocument.Number"] = DocumentNumber,
        ["EvidenceDocument.Issuer"] = Issuer,
        ["EvidenceDocument.Summary"] = Summary,
        ["EvidenceDocument.FileName"] = Evidence.Storage.FileNames.MaxLength,
        ["EvidenceDocument.ContentType"] = ContentType,
    };
}
