using ParIndex.Domain.Comparison;

namespace ParIndex.App.Crosswalks;

/// <summary>The kinds of crosswalk link in the file formats: the English code (JSON) and the Vietnamese word (XLSX); either is read.</summary>
public static class CrosswalkKinds
{
    private static readonly (NodeMapping Kind, string Vi)[] All =
    [
        (NodeMapping.Same, "giữ nguyên"),
        (NodeMapping.Renamed, "đổi tên"),
        (NodeMapping.Moved, "chuyển vị trí"),
        (NodeMapping.Split, "tách"),
        (NodeMapping.Merged, "gộp"),
        (NodeMapping.New, "mới"),
        (NodeMapping.Dropped, "bỏ"),
    ];

    public static string Vi(NodeMapping kind) => All.First(k => k.Kind == kind).Vi;

    /// <summary>The kind a cell or value names (English code or Vietnamese word, case ignored); null when it names none.</summary>
    public static NodeMapping? Parse(string? text)
    {
        var t = text?.Trim().Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant();
        foreach (var (kind, vi) in All)
            if (t == Crosswalk.Name(kind) || t == vi) return kind;
        return null;
    }

    /// <summary>How many links of each kind, in Vietnamese: "106 liên kết: 95 giữ nguyên, 1 đổi tên, …".</summary>
    public static string Summary(IEnumerable<CrosswalkLink> links)
    {
        var list = links.ToList();
        return $"{list.Count} liên kết: " + string.Join(", ", All.Select(k => (k.Vi, Count: list.Count(l => l.Kind == k.Kind))).Where(k => k.Count > 0).Select(k => $"{k.Count} {k.Vi}"));
    }

    public static string Expected => string.Join(", ", All.Select(k => $"{Crosswalk.Name(k.Kind)} ({k.Vi})"));
}
