namespace ParIndex.App.Data;

/// <summary>The successive scores of a leaf: the unit's own, the appraisers', the appeal decision's, and the final one.</summary>
public enum ScoreStage
{
    SelfAssessed,
    Appraised,
    Appeal,
    Final,
}
