using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.App.Tests.Fuzz;

/// <summary>
/// Turns a valid input file into a hostile one, reproducibly: the same seed gives the same bytes. Text mutations
/// work on lines, CSV columns, number tokens and encodings; workbook mutations damage the ZIP package, drop or
/// rewrite its parts and blow up its shared strings. Each mutant says what was done to it, for the failure message.
/// </summary>
internal sealed partial class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    static Mutator() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The most characters one duplication may add, so stacked mutations stay within a test process's memory.</summary>
    private const long MaxGrowth = 10_000_000;

    private static readonly string[] HostileNumbers =
    [
        "1e308", "-1e308", "79228162514264337593543950335", "-79228162514264337593543950335", "7922816251426433759354395033.5",
        "79228162514264337593543950336", "-79228162514264337593543950336", "99999999999999999999999999999999999999",
        "2147483648", "-2147483649", "9223372036854775808", "NaN", "Infinity", "-Infinity", "∞", "1e-400", "0x7FFFFFFF", "-0", "1,5", "1.2.3",
        "", "   ", "\"", "\u0000", "12%", "-5", "-0.25", "4294967296", "1E+10", "١٢٣",
    ];

    /// <summary>One to three stacked text mutations of a CSV or JSON file.</summary>
    public (string What, byte[] Bytes) Text(byte[] valid)
    {
        var bytes = valid;
        var steps = new List<string>();
        var count = 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            var (what, mutated) = TextOnce(bytes);
            steps.Add(what);
            bytes = mutated;
        }
        return (string.Join(" + ", steps), bytes);
    }

    private (string, byte[]) TextOnce(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.Split('\n').ToList();
        switch (_random.Next(20))
        {
            case 0:
                var at = _random.Next(bytes.Length + 1);
                return ($"truncate at {at}", bytes[..at]);
            case 1:
                var flipped = (byte[])bytes.Clone();
                var flips = 1 + _random.Next(8);
                for (var i = 0; i < flips && flipped.Length > 0; i++) flipped[_random.Next(flipped.Length)] ^= (byte)(1 + _random.Next(255));
                return ($"flip {flips} bytes", flipped);
            case 2:
                if (lines.Count > 0) lines.RemoveAt(_random.Next(lines.Count));
                return ("delete a line", Utf8(lines));
            case 3:
                var copy = _random.Next(lines.Count);
                var times = _random.Next(4) == 0 ? 2000 : 1;
                if ((long)lines[copy].Length * times > MaxGrowth) times = 1; // a line already made 1M characters long is not copied 2,000 times
                lines.InsertRange(copy, Enumerable.Repeat(lines[copy], times));
                return ($"duplicate line {copy + 1} ×{times}", Utf8(lines));
            case 4:
                int a = _random.Next(lines.Count), b = _random.Next(lines.Count);
                (lines[a], lines[b]) = (lines[b], lines[a]);
                return ($"swap lines {a + 1} and {b + 1}", Utf8(lines));
            case 5:
                return SwapColumns(lines);
            case 6:
                return DeleteColumn(lines);
            case 7:
            case 8:
                return ReplaceNumber(text);
            case 9:
                return ("UTF-16 LE with BOM", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray());
            case 10:
                return ("UTF-16 BE without BOM", Encoding.BigEndianUnicode.GetBytes(text));
            case 11:
                return ("Windows-1258", Encoding.GetEncoding(1258).GetBytes(text));
            case 12:
                return ("empty file", []);
            case 13:
                return ("BOM only", [0xEF, 0xBB, 0xBF]);
            case 14:
                var line = _random.Next(lines.Count);
                var length = _random.Next(2) == 0 ? 100_000 : 1_000_000;
                lines[line] = lines[line].Insert(_random.Next(lines[line].Length + 1), new string('Ư', length));
                return ($"line {line + 1} longer by {length} characters", Utf8(lines));
            case 15:
                var junk = new[] { "\"", "\"\"", ",", ";", "\r", "\u0000", "\t", "{", "}", "[", "]", "\\u0000", "\uFEFF", "\u202E", "e\u0301" }[_random.Next(15)];
                var place = _random.Next(text.Length + 1);
                return ($"insert {Escape(junk)} at {place}", Encoding.UTF8.GetBytes(text.Insert(place, junk)));
            case 16:
                return ("Windows line ends and trailing blank lines", Encoding.UTF8.GetBytes(text.Replace("\n", "\r\n") + "\r\n\r\n,,,\r\n"));
            case 17:
                var nest = _random.Next(2) == 0 ? 10_000 : 100;
                var spot = _random.Next(text.Length + 1);
                return ($"nest {nest} brackets at {spot}", Encoding.UTF8.GetBytes(text.Insert(spot, new string('[', nest) + new string(']', nest))));
            case 18:
                var random = new byte[_random.Next(1, 4096)];
                _random.NextBytes(random);
                return ($"{random.Length} random bytes", random);
            default:
                return ("NFD (decomposed) Vietnamese letters", Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)));
        }
    }

    private (string, byte[]) SwapColumns(List<string> lines)
    {
        var headerOnly = _random.Next(2) == 0;
        var width = Fields(lines[0]).Count;
        int a = _random.Next(Math.Max(1, width)), b = _random.Next(Math.Max(1, width));
        for (var i = 0; i < (headerOnly ? 1 : lines.Count); i++)
        {
            var fields = Fields(lines[i]);
            if (a < fields.Count && b < fields.Count) (fields[a], fields[b]) = (fields[b], fields[a]);
            lines[i] = string.Join(',', fields);
        }
        return ($"swap columns {a + 1} and {b + 1}{(headerOnly ? " in the header only" : "")}", Utf8(lines));
    }

    private (string, byte[]) DeleteColumn(List<string> lines)
    {
        var column = _random.Next(Math.Max(1, Fields(lines[0]).Count));
        var rows = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0 && _random.Next(3) == 0) continue; // some rows keep the column: ragged lines
            var fields = Fields(lines[i]);
            if (column < fields.Count) fields.RemoveAt(column);
            lines[i] = string.Join(',', fields);
            rows++;
        }
        return ($"delete column {column + 1} on {rows} lines", Utf8(lines));
    }

    private (string, byte[]) ReplaceNumber(string text)
    {
        var numbers = NumberToken().Matches(text);
        var hostile = HostileNumbers[_random.Next(HostileNumbers.Length)];
        if (numbers.Count == 0) return ($"append {Escape(hostile)}", Encoding.UTF8.GetBytes(text + hostile));
        var m = numbers[_random.Next(numbers.Count)];
        return ($"number '{m.Value}' at {m.Index} → '{Escape(hostile)}'", Encoding.UTF8.GetBytes(text[..m.Index] + hostile + text[(m.Index + m.Length)..]));
    }

    /// <summary>One to two mutations of an .xlsx package.</summary>
    public (string What, byte[] Bytes) Workbook(byte[] valid, Func<byte[], Random, (string, byte[])> cellEdit)
    {
        var (what, bytes) = WorkbookOnce(valid, cellEdit);
        if (_random.Next(4) != 0) return (what, bytes);
        var (second, twice) = WorkbookOnce(bytes, cellEdit);
        return ($"{what} + {second}", twice);
    }

    private (string, byte[]) WorkbookOnce(byte[] bytes, Func<byte[], Random, (string, byte[])> cellEdit)
    {
        if (EntryNames(bytes).Count == 0)
        {
            var (what, mutated) = Text(bytes);
            return ($"damaged package bytes: {what}", mutated);
        }
        switch (_random.Next(10))
        {
            case 0:
            case 1:
                var (what, mutated) = Text(bytes);
                return ($"package bytes: {what}", mutated);
            case 2:
                var entries = EntryNames(bytes);
                if (entries.Count == 0) return ("nothing (not a package)", bytes);
                var drop = entries[_random.Next(entries.Count)];
                return ($"remove part {drop}", Rewrite(bytes, (name, content) => name == drop ? null : content));
            case 3:
            case 4:
                var xml = EntryNames(bytes).Where(n => n.EndsWith(".xml", StringComparison.Ordinal) || n.EndsWith(".rels", StringComparison.Ordinal)).ToList();
                if (xml.Count == 0) return ("nothing (no XML part)", bytes);
                var part = xml[_random.Next(xml.Count)];
                var change = "";
                var rewritten = Rewrite(bytes, (name, content) =>
                {
                    if (name != part) return content;
                    (change, var result) = TextOnce(content);
                    return result;
                });
                return ($"part {part}: {change}", rewritten);
            case 5:
                var size = _random.Next(2) == 0 ? 2_000_000 : 20_000_000;
                return ($"shared string of {size} characters", Rewrite(bytes, (name, content) => name == "xl/sharedStrings.xml"
                    ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(content).Replace("<t>", "<t>" + new string('A', size), StringComparison.Ordinal))
                    : content));
            case 6:
                var parts = EntryNames(bytes);
                if (parts.Count == 0) return ("nothing (not a package)", bytes);
                var target = parts[_random.Next(parts.Count)];
                return ($"part {target} replaced by random bytes", Rewrite(bytes, (name, content) =>
                {
                    if (name != target) return content;
                    var noise = new byte[Math.Max(1, content.Length)];
                    _random.NextBytes(noise);
                    return noise;
                }));
            case 7:
                var cut = _random.Next(bytes.Length);
                return ($"truncate package at {cut}", bytes[..cut]);
            default:
                return cellEdit(bytes, _random);
        }
    }

    private static List<string> EntryNames(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return [.. zip.Entries.Select(e => e.FullName)];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>
    /// The package again with each entry's content passed through <paramref name="change"/> (null drops it); a package
    /// an earlier mutation damaged beyond reading is returned as it is.
    /// </summary>
    private static byte[] Rewrite(byte[] bytes, Func<string, byte[], byte[]?> change)
    {
        try
        {
            return RewriteReadable(bytes, change);
        }
        catch (InvalidDataException)
        {
            return bytes;
        }
    }

    private static byte[] RewriteReadable(byte[] bytes, Func<string, byte[], byte[]?> change)
    {
        using var input = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in input.Entries)
            {
                using var read = entry.Open();
                var content = new MemoryStream();
                read.CopyTo(content);
                if (change(entry.FullName, content.ToArray()) is not { } changed) continue;
                using var write = zip.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                write.Write(changed);
            }
        return output.ToArray();
    }

    /// <summary>A hostile value for a cell: a huge, negative or non-finite number, a very long text, control characters.</summary>
    public static string HostileCell(Random random) => random.Next(4) switch
    {
        0 => new string('9', 1 + random.Next(400)),
        1 => new string('Ạ', 32767),
        2 => "=1/0\u0000\u0007",
        _ => HostileNumbers[random.Next(HostileNumbers.Length)],
    };

    private static List<string> Fields(string line) => [.. line.TrimEnd('\r').Split(',')];

    private static byte[] Utf8(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static string Escape(string s) => s.Length > 40 ? $"{s[..40]}… ({s.Length} chars)"
        : string.Concat(s.Select(c => char.IsControl(c) || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex(@"-?\d+(\.\d+)?")]
    private static partial Regex NumberToken();
}
