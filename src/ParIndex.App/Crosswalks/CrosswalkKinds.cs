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

    public static string Expected => string.Join(", ", All.Select(k => $"{Crosswalk.Name(k.Kind)} ({k.Vi})"));
}
