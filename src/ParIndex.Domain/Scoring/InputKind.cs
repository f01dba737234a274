namespace ParIndex.Domain.Scoring;

public enum InputKind
{
    /// <summary>Nothing entered yet: scores zero and makes a submission incomplete.</summary>
    Missing,
    /// <summary>Không áp dụng: the leaf's maximum leaves the denominator.</summary>
    NotApplicable,
    PassFail,
    Option,
    Ratio,
    Count,
    Points,
}
