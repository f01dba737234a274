using System.Text;
using ParIndex.App.Spreadsheets;

namespace ParIndex.Web.Tests;

/// <summary>
/// The files of the browser-run years (<see cref="FullYearTests"/>, <see cref="FreshInstallYearTests"/>): a ten-point
/// framework for departments, three departments, and a PDF to attach as evidence.
/// </summary>
/// <remarks>
/// The framework (10 points), by hand:
/// area 1 (4): 1.1 options — đúng hạn 1 / chậm 0,5 / không 0 (evidence required); 1.2 proportional — ratio × 2;
/// 1.3 manual, step 0,25, max 1;
/// area 2 (6): 2.1 pass/fail 2; 2.2 deduction 0,5 per late case from 2; 2.3 tiers on a ratio — ≥ 90 % → 2, ≥ 70 % → 1, else 0.
/// </remarks>
internal static class YearFiles
{
    public const string FrameworkJson = """
        {"code": "CCHC-SO-THU", "name": "Bộ chỉ số CCHC khối sở (thử)", "group": "Sở, ban, ngành",
         "bands": [{"label": "Xuất sắc", "min": 90}, {"label": "Tốt", "min": 80}, {"label": "Khá", "min": 70},
                   {"label": "Trung bình", "min": 50}, {"label": "Yếu", "min": 0}],
         "nodes": [
          {"code": "1", "name": "Công tác chỉ đạo, điều hành", "max": 4, "children": [
            {"code": "1.1", "name": "Ban hành kế hoạch CCHC", "max": 1, "evidence": {"required": true, "what": "Quyết định ban hành kế hoạch"},
             "rule": {"kind": "options", "options": [{"key": "ontime", "label": "Đúng hạn", "points": 1},
                     {"key": "late", "label": "Chậm", "points": 0.5}, {"key": "none", "label": "Không ban hành", "points": 0}]}},
            {"code": "1.2", "name": "Mức độ hoàn thành kế hoạch", "max": 2, "rule": {"kind": "proportional"}},
            {"code": "1.3", "name": "Tuyên truyền CCHC", "max": 1, "rule": {"kind": "manual", "step": 0.25}}]},
          {"code": "2", "name": "Cải cách thủ tục hành chính", "max": 6, "children": [
            {"code": "2.1", "name": "Công khai thủ tục hành chính", "max": 2, "rule": {"kind": "passFail"}},
            {"code": "2.2", "name": "Hồ sơ giải quyết trễ hạn", "max": 2, "rule": {"kind": "deduction", "perOccurrence": 0.5}},
            {"code": "2.3", "name": "Tỷ lệ hồ sơ giải quyết đúng hạn", "max": 2,
             "rule": {"kind": "tiers", "tiers": [{"min": 0.9, "points": 2}, {"min": 0.7, "points": 1}, {"min": 0, "points": 0}]}}]}]}
        """;

    public const string UnitsCsv = """
        code,name,group,type
        SXD,Sở Xây dựng,"Sở, ban, ngành",department
        SYT,Sở Y tế,"Sở, ban, ngành",department
        SCT,Sở Công Thương,"Sở, ban, ngành",department

        """;

    public static string Write(string dir, string name, string text)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    /// <summary>
    /// A workbook as a person edits it in a spreadsheet program: <paramref name="edit"/> changes the rows of sheet
    /// <paramref name="sheet"/> (row 0 is Excel row 1, cell 0 column A; rows and cells may be added), the other sheets
    /// stay as they were.
    /// </summary>
    public static byte[] Edit(byte[] workbook, string sheet, Action<List<List<string?>>> edit) =>
        XlsxWriter.Write([.. XlsxReader.Read(workbook, "edit.xlsx").Select(s =>
        {
            var rows = s.Rows.Select(r => r.ToList()).ToList();
            if (s.Name == sheet) edit(rows);
            return new Sheet(s.Name, [.. rows.Select(r => (IReadOnlyList<object?>)[.. r])]);
        })]);

    /// <summary>Sets the cell of a row, padding the row with empty cells as needed.</summary>
    public static void Set(List<string?> row, int column, string? value)
    {
        while (row.Count <= column) row.Add(null);
        row[column] = value;
    }

    /// <summary>A one-page PDF (the demo's own generator, <see cref="App.Features.Demo.DemoPdf"/>) written to a file.</summary>
    public static string WritePdf(string dir, string name)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, App.Features.Demo.DemoPdf.Create("Kế hoạch cải cách hành chính năm 2025", ["Ke hoach cai cach hanh chinh nam 2025"]));
        return path;
    }
}
