namespace ParIndex.Domain.Workflow;

/// <summary>What a user may do in the assessment cycle.</summary>
public enum Role
{
    /// <summary>Runs the system; the only role that may reopen a period.</summary>
    Admin,
    /// <summary>The standing agency (cơ quan thường trực, e.g. Sở Nội vụ) that runs the period.</summary>
    Secretariat,
    /// <summary>Enters a unit's scores and evidence.</summary>
    UnitEditor,
    /// <summary>The unit's leader, who approves and submits its self-assessment and its appeals.</summary>
    UnitLead,
    Appraiser,
    /// <summary>The appraisal council (hội đồng thẩm định).</summary>
    Council,
    Viewer,
}
