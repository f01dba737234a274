using System.Globalization;
using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>A period's own bands as typed in the form: one per line, "label: lower bound", e.g. "Xuất sắc: 90".</summary>
public static class BandsText
{
    /// <param name="language">The reader's: the problems are located in "thang xếp loại, dòng 2" or "bands, row 2".</param>
    public static IReadOnlyList<Band>? Parse(string? text, Language language)
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
                problems.Add(new ImportProblem(SiteMessages.Bands().In(language), SiteMessages.BandLine(lines[i]), i + 1));
            else
                bands.Add(new Band(lines[i][..colon].Trim(), min));
        }
        ImportException.ThrowIfAny(problems);
        return bands;
    }
}
