namespace ParIndex.Domain.Workflow;

/// <summary>The stages of an assessment period (kỳ đánh giá), in the order the yearly cycle goes through them.</summary>
public enum PeriodState
{
    /// <summary>Being prepared by the Secretariat; units cannot see it yet.</summary>
    Draft,
    /// <summary>Units enter scores, attach evidence and submit (tự đánh giá).</summary>
    SelfAssessment,
    /// <summary>Appraisers review the submissions (thẩm định).</summary>
    Appraisal,
    /// <summary>Units may appeal appraised items (giải trình).</summary>
    Appeals,
    /// <summary>The council decides the remaining appeals and finalises the results.</summary>
    Finalisation,
    /// <summary>Results are published (công bố).</summary>
    Published,
}
