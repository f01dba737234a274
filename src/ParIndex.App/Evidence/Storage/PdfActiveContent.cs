using System.Text;

namespace ParIndex.App.Evidence.Storage;

/// <summary>
/// Finds actions a PDF runs by itself when opened: JavaScript (<c>/JavaScript</c>, <c>/JS</c>) and launching a program
/// (<c>/Launch</c>). The file is read once as PDF tokens: names are compared after decoding <c>#xx</c> escapes (so
/// <c>/J#61vaScript</c> counts), while comments, literal strings and stream contents are skipped, so the bytes of a
/// scanned image can never look like a name. Names inside compressed object streams are not seen: this refuses the
/// PDFs that plainly carry active content, it does not prove a PDF inert.
/// </summary>
internal static class PdfActiveContent
{
    private const int MaxNameLength = 127; // PDF's own limit on a name's length
    private static readonly HashSet<string> Refused = ["JavaScript", "JS", "Launch"];
    private static readonly byte[] EndStream = "endstream"u8.ToArray();

    /// <summary>The first refused name in <paramref name="pdf"/>, or null.</summary>
    public static string? Find(Stream pdf)
    {
        var input = new Bytes(pdf);
        var keyword = new StringBuilder();
        int b;
        while ((b = input.ReadByte()) >= 0)
        {
            if (IsRegular(b))
            {
                if (keyword.Length < 16) keyword.Append((char)b);
                continue;
            }
            var word = keyword.ToString();
            keyword.Clear();
            if (word == "stream") SkipPast(input, EndStream);
            switch (b)
            {
                case '%':
                    while ((b = input.ReadByte()) >= 0 && b is not ('\r' or '\n')) { }
                    break;
                case '(':
                    SkipString(input);
                    break;
                case '/':
                    var name = ReadName(input);
                    if (Refused.Contains(name)) return name;
                    break;
            }
        }
        return null;
    }

    /// <summary>A name after its slash, #xx escapes decoded; the byte that ended it is left to be read again.</summary>
    private static string ReadName(Bytes input)
    {
        var name = new StringBuilder();
        int b;
        while ((b = input.ReadByte()) >= 0 && IsRegular(b))
        {
            if (b == '#' && Hex(input.ReadByte()) is var high and >= 0 && Hex(input.ReadByte()) is var low and >= 0) b = high * 16 + low;
            if (name.Length < MaxNameLength) name.Append((char)b);
        }
        input.Unread(b);
        return name.ToString();
    }

    /// <summary>Skips a literal string: balanced parentheses, backslash escapes.</summary>
    private static void SkipString(Bytes input)
    {
        var depth = 1;
        int b;
        while (depth > 0 && (b = input.ReadByte()) >= 0)
        {
            if (b == '\\') input.ReadByte();
            else if (b == '(') depth++;
            else if (b == ')') depth--;
        }
    }

    private static void SkipPast(Bytes input, byte[] marker)
    {
        var matched = 0;
        int b;
        while (matched < marker.Length && (b = input.ReadByte()) >= 0)
            matched = b == marker[matched] ? matched + 1 : b == marker[0] ? 1 : 0;
    }

    private static int Hex(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>The file's bytes, buffered, with one byte of look-back.</summary>
    private sealed class Bytes(Stream stream)
    {
        private readonly BufferedStream _buffered = new(stream, 64 * 1024);
        private int _unread = -1;

        public int ReadByte()
        {
            if (_unread < 0) return _buffered.ReadByte();
            var b = _unread;
            _unread = -1;
            return b;
        }

        public void Unread(int b) => _unread = b;
    }

    /// <summary>Neither white space nor a PDF delimiter.</summary>
    private static bool IsRegular(int b) => b is not (0 or '\t' or '\n' or '\f' or '\r' or ' ' or '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%');
}
