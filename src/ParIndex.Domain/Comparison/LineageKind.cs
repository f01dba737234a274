namespace ParIndex.Domain.Comparison;

public enum LineageKind
{
    /// <summary>Sáp nhập: the "from" unit became part of the "to" unit.</summary>
    Merge,
    /// <summary>Đổi tên: the same body under a new code or name.</summary>
    Rename,
    /// <summary>Chia tách: the "to" unit was split off the "from" unit (one event per successor).</summary>
    Split,
}
