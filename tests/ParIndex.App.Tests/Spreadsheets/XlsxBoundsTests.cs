using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;

namespace ParIndex.App.Tests.Spreadsheets;

/// <summary>
/// A workbook is a zip, so a small file can carry a huge text: reading one stops at Excel's own cell limit, in little
/// memory and time, and the error names the value by a short excerpt only, whichever way the workbook is read.
/// </summary>
public sealed class XlsxBoundsTests
{
    /// <summary>
    /// A real .xlsx written part by part (the minimal package Excel opens): one sheet whose A1 is shared string 0 (or an
    /// inline string), that string being <paramref name="chars"/> letters 'A' streamed into the zip, never held whole.
    /// </summary>
    private static byte[] Workbook(long chars, bool inline = false)
    {
        using var file = new MemoryStream();
        using (var zip = new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            void Huge(string name, string before, string after)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
                writer.Write(before);
                var block = new string('A', 1 << 16);
                for (var left = chars; left > 0; left -= block.Length) writer.Write(block.AsSpan(0, (int)Math.Min(left, block.Length)));
                writer.Write(after);
            }
            const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
            const string rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>""");
            Part("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rels}"><sheets><sheet name="don-vi" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Part("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>""");
            if (inline)
            {
                Huge("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>""", "</t></is></c></row></sheetData></worksheet>");
                Part("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="0" uniqueCount="0"/>""");
            }
            else
            {
                Part("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData></worksheet>""");
                Huge("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{main}" count="1" uniqueCount="1"><si><t>""", "</t></si></sst>");
            }
        }
        return file.ToArray();
    }

    /// <summary>Runs a read on this thread and returns its problem, the bytes it allocated and its time.</summary>
    private static (ImportProblem Problem, long Allocated, TimeSpan Took) Refused(Action read)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<ImportException>(read);
        return (Assert.Single(e.Problems), GC.GetAllocatedBytesForCurrentThread() - before, watch.Elapsed);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_100_MB_text_in_a_100_KB_workbook_is_refused_at_excels_cell_limit_in_little_memory_with_a_short_message(bool inline)
    {
        var bytes = Workbook(100_000_000, inline);
        Assert.InRange(bytes.Length, 50_000, 200_000);

        foreach (var read in new Action[]
        {
            () => XlsxReader.Read(bytes, "don-vi.xlsx"),
            () => XlsxReader.StreamFirstSheet(new MemoryStream(bytes), "tra-loi.xlsx").ToList(),
        })
        {
            var (problem, allocated, took) = Refused(read);
            Assert.Contains("a text longer than 32767 characters (Excel's limit for a cell)", problem.Message);
            Assert.Contains("AAAA… (", problem.Message);
            Assert.True(problem.Message.Length < 400, $"a message of {problem.Message.Length} characters");
            Assert.True(allocated < 64_000_000, $"{allocated / 1_000_000} MB allocated");
            Assert.True(took < TimeSpan.FromSeconds(20), $"{took.TotalSeconds:0} s");
        }
    }

    [Fact]
    public void A_cell_of_exactly_excels_limit_still_reads()
    {
        var sheet = Assert.Single(XlsxReader.Read(Workbook(XlsxReader.MaxCellChars), "don-vi.xlsx"));
        Assert.Equal(XlsxReader.MaxCellChars, sheet.Rows[0][0]!.Length);
        Assert.Same(sheet.Rows[0][0], sheet.Rows[0][1]);
    }

    [Fact]
    public void Through_the_units_import_too_the_error_is_short()
    {
        var path = Path.Combine(Repo.TempDir(), "don-vi.xlsx");
        File.WriteAllBytes(path, Workbook(100_000_000));
        var e = Assert.Throws<ImportException>(() => Table.Load(path));
        Assert.True(e.Message.Length < 600, $"a message of {e.Message.Length} characters");
    }
}
