namespace ParIndex.Domain.Frameworks;

/// <summary>
/// What a top-level node of a framework is. Most are areas (lĩnh vực); a framework may also hold, beside its areas,
/// the survey part as its own named content (điểm điều tra xã hội học) and a bonus/penalty content (nội dung điểm
/// thưởng, điểm trừ) whose points add to or subtract from the total without entering the maximum (decision 013).
/// </summary>
public enum ContentKind
{
    Area,
    /// <summary>The survey part: counts towards the maximum and has its own component index, like an area.</summary>
    Survey,
    /// <summary>Bonus and penalty points within [floor, max], added to the total, never part of any maximum.</summary>
    Bonus,
}
