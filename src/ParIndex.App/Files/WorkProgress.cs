namespace ParIndex.App.Files;

/// <summary>How far a long run has come: <see cref="Done"/> of <see cref="Total"/>, counted in <see cref="Measure"/>.</summary>
public readonly record struct WorkProgress(long Done, long Total, WorkMeasure Measure);

/// <summary>What a <see cref="WorkProgress"/> counts: the bytes of a file read (when the rows are not known before the end) or rows written.</summary>
public enum WorkMeasure
{
    Bytes,
    Rows,
}
