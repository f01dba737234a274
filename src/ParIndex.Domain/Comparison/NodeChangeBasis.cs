namespace ParIndex.Domain.Comparison;

/// <summary>What a node's change from last year is measured against.</summary>
public enum NodeChangeBasis
{
    Same,
    Renamed,
    Moved,
    /// <summary>A share of one earlier node.</summary>
    Split,
    /// <summary>Several earlier nodes (or shares of them) together.</summary>
    Merged,
    /// <summary>Mới: the node has no predecessor.</summary>
    New,
    /// <summary>Không so sánh được: no link reaches the node, or nothing of its predecessors applied last year.</summary>
    NotComparable,
}
