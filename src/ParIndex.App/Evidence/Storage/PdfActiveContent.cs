using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace ParIndex.App.Evidence.Storage;

/// <summary>
/// Finds actions a PDF runs by itself when opened: JavaScript (<c>/JavaScript</c>, <c>/JS</c>) and launching a program
/// (<c>/Launch</c>). The file is parsed with PdfPig, as a reader opens it: every object its cross-reference data lists
/// — objects inside object streams too, compressed or not — is read and its dictionaries, arrays and stream
/// dictionaries are searched for those names as keys or values (PdfPig decodes <c>#xx</c> escapes, so
/// <c>/J#61vaScript</c> counts). Texts and stream contents are never matched, so words in a document or bytes of an
/// image cannot look like an action. A file PdfPig cannot parse (even leniently, which rebuilds a damaged
/// cross-reference table by finding each object) is refused: what cannot be read cannot be shown inert.
/// </summary>
internal static class PdfActiveContent
{
    private static readonly HashSet<string> Refused = ["JavaScript", "JS", "Launch"];

    /// <summary>What a scan found.</summary>
    public enum Verdict
    {
        Inert,
        Active,
        Unreadable,
    }

    /// <summary>Whether <paramref name="pdf"/> (seekable) is inert, carries a refused action, or cannot be parsed.</summary>
    public static Verdict Scan(Stream pdf)
    {
        try
        {
            using var document = PdfDocument.Open(pdf, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            var structure = document.Structure;
            var references = structure.CrossReferenceTable.ObjectOffsets.Keys.ToList();
            if (references.Count == 0) return Verdict.Unreadable;
            return references.Any(reference => HasRefusedName(structure.GetObject(reference).Data)) ? Verdict.Active : Verdict.Inert;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports a damaged file with many exception types; all mean the same here.
            return Verdict.Unreadable;
        }
    }

    /// <summary>A refused name anywhere in the token, its dictionaries and arrays (indirect references are other objects).</summary>
    private static bool HasRefusedName(IToken token)
    {
        var pending = new Stack<IToken>([token]);
        while (pending.TryPop(out var current))
        {
            switch (current)
            {
                case NameToken name when Refused.Contains(name.Data):
                    return true;
                case DictionaryToken dictionary:
                    foreach (var (key, value) in dictionary.Data)
                    {
                        if (Refused.Contains(key)) return true;
                        pending.Push(value);
                    }
                    break;
                case ArrayToken array:
                    foreach (var item in array.Data) pending.Push(item);
                    break;
                case StreamToken stream:
                    pending.Push(stream.StreamDictionary);
                    break;
            }
        }
        return false;
    }
}
