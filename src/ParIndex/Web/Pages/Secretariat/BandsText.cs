using System.Globalization;
using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>A period's own bands as typed in the form: one per line, "label: lower bound", e.g. "Xuất sắc: 90".</summary>
public static class BandsText
{
    public static IReadOnlyList<Band>? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var bands = new List<Band>();
        var problems = new List<ImportProblem>();
        var lines = text.Split('\n', StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0) continue;
            var colon = lines[i].LastIndexOf(':');
            var number = colon < 0 ? "" : lines[i][(colon + 1)..].Trim().Replace(',', '.');
            if (colon <= 0 || !decimal.TryParse(number, NumberStyles.Number, CultureInfo.InvariantCulture, out var min))
                problems.Add(new ImportProblem("xếp loại / bands", $"\"{lines[i]}\" không có dạng \"tên: ngưỡng\", ví dụ \"Tốt: 80\" / is not \"label: lower bound\", e.g. \"Good: 80\"", i + 1));
            else
                bands.Add(new Band(lines[i][..colon].Trim(), min));
        }
        ImportException.ThrowIfAny(problems);
        return bands;
    }
}
