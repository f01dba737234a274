using ParIndex.Domain.Comparison;

namespace ParIndex.Web;

/// <summary>A node's change from last year in words (decision 015): "+2,50" percentage points (or points for the bonus content), "mới", "không so sánh được".</summary>
public static class ChangeText
{
    public static (string Vi, string En) Delta(NodeChange? change) => change switch
    {
        { Basis: NodeChangeBasis.New } => ("mới", "new"),
        { Basis: NodeChangeBasis.NotComparable } => ("không so sánh được", "not comparable"),
        { Delta: { } d, InPoints: true } => ($"{Vi.Signed(d)} điểm", $"{Vi.Signed(d)} points"),
        { Delta: { } d } => (Vi.Signed(d), Vi.Signed(d)),
        _ => ("—", "—"),
    };

    /// <summary>What the node is compared with: nothing for an unchanged node, else how the crosswalk reaches it.</summary>
    public static (string Vi, string En)? Basis(NodeChange change) => change.Basis switch
    {
        NodeChangeBasis.Renamed => ("đổi tên", "renamed"),
        NodeChangeBasis.Moved => ("chuyển", "moved"),
        NodeChangeBasis.Split => ("tách", "split"),
        NodeChangeBasis.Merged => ("gộp", "merged"),
        _ => null,
    };
}
