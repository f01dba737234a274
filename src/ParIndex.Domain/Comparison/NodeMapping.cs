namespace ParIndex.Domain.Comparison;

/// <summary>How a node of one framework edition became a node of the next (a crosswalk link).</summary>
public enum NodeMapping
{
    /// <summary>Giữ nguyên: the same item under the same code and name.</summary>
    Same,
    /// <summary>Đổi tên: the same item under a new name.</summary>
    Renamed,
    /// <summary>Chuyển vị trí: the same item under a new code, elsewhere in the tree.</summary>
    Moved,
    /// <summary>Tách: part of the old item (its share) went into this one; one link per successor.</summary>
    Split,
    /// <summary>Gộp: the old item went into this one together with others; one link per predecessor.</summary>
    Merged,
    /// <summary>Mới: an item with no predecessor.</summary>
    New,
    /// <summary>Bỏ: an item with no successor.</summary>
    Dropped,
}
