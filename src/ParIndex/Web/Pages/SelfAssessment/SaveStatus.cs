namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>
/// What the autosave area of one sub-criterion shows: the version the editor now holds (posted back with the next
/// save), when it was saved, why it was not, or another editor's newer value with the choice to keep it or overwrite.
/// </summary>
/// <param name="JustSaved">Saved by this request (shown as "Đã lưu lúc 14:32"), rather than an earlier save.</param>
public sealed record SaveStatus(int PeriodId, string AreaCode, int Ordinal, int Version, DateTimeOffset? SavedAt, bool JustSaved,
    string? Error = null, int? TheirVersion = null, string? TheirValue = null);
