using ParIndex.App.Features.SelfAssessment;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>A dossier's progress as a panel: <see cref="Full"/> lists every item still missing (the unit's home, the
/// submit confirmation); without it the dossier page, which lists them at its foot, shows only the counts.</summary>
public sealed record ProgressView(DossierProgress Progress, bool Full)
{
    public string ItemUrl(ItemRef item) =>
        $"/tu-danh-gia/{Progress.PeriodId}?linh-vuc={Uri.EscapeDataString(item.AreaCode)}" + (item.Leaf is { } leaf ? $"#leaf-{leaf}" : "");
}
