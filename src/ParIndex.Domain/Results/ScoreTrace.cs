using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Results;

/// <summary>
/// "Why is my score X": from each leaf's input through its rule to its points, and from leaves up to the total.
/// </summary>
public static class ScoreTrace
{
    public const string TotalCode = "TOTAL";

    /// <summary>The trace of the whole score (a total line, then every node), or of one node and its subtree.</summary>
    public static IReadOnlyList<TraceLine> For(UnitScore score, string? nodeCode = null)
    {
        var framework = score.Framework;
        var lines = new List<TraceLine>();
        if (nodeCode is null)
        {
            lines.Add(TotalLine(score));
            foreach (var area in framework.AreaNodes) AddSubtree(score, area, 1, lines);
            return lines;
        }
        var node = framework.NodeIndex(nodeCode) ?? throw new ArgumentException($"there is no node '{nodeCode}' in {framework.Framework.Code}", nameof(nodeCode));
        AddSubtree(score, node, 0, lines);
        return lines;
    }

    private static TraceLine TotalLine(UnitScore score)
    {
        var points = score.TotalPoints;
        var max = score.TotalMax;
        var (vi, en) = score.Index is { } index
            ? ($"Tổng điểm {NumberText.Vi(Publish.Round(points))} / {NumberText.Vi(max)} điểm áp dụng → Chỉ số {NumberText.Vi(Publish.Round(index))}%",
               $"Total {NumberText.Invariant(Publish.Round(points))} of {NumberText.Invariant(max)} applicable points → index {NumberText.Invariant(Publish.Round(index))}%")
            : ("Không có tiêu chí nào áp dụng", "No sub-criterion applies");
        if (score.Framework.Contents.Any(c => c != ContentKind.Area))
        {
            var (partsVi, partsEn) = Parts(score);
            vi += $" ({partsVi})";
            en += $" ({partsEn})";
        }
        if (score.TotalPoints != score.Framework.AreaNodes.Sum(a => score.Points[a]))
        {
            vi += score.TotalPoints == 0 ? "; tổng điểm không thấp hơn 0" : "; tổng điểm không vượt quá điểm áp dụng";
            en += score.TotalPoints == 0 ? "; the total is never below 0" : "; the total never exceeds the applicable points";
        }
        if (max != score.Framework.Max)
        {
            vi += $" (tổng tối đa {NumberText.Vi(score.Framework.Max)}, {NumberText.Vi(score.Framework.Max - max)} điểm không áp dụng)";
            en += $" (full maximum {NumberText.Invariant(score.Framework.Max)}, {NumberText.Invariant(score.Framework.Max - max)} points not applicable)";
        }
        return new TraceLine(TotalCode, score.Framework.Framework.Name, 0, points, max, score.Framework.Max, null, new Explanation(vi, en));
    }

    /// <summary>"lĩnh vực 60 + điều tra xã hội học 24,5 + điểm thưởng/trừ 1": where the total's points come from.</summary>
    private static (string Vi, string En) Parts(UnitScore score)
    {
        var kinds = score.Framework.Contents.Distinct().Order().ToList();
        string Vi(ContentKind k) => k switch { ContentKind.Area => "lĩnh vực", ContentKind.Survey => "điều tra xã hội học", _ => "điểm thưởng/trừ" };
        string En(ContentKind k) => k switch { ContentKind.Area => "areas", ContentKind.Survey => "survey", _ => "bonus/penalty" };
        return (string.Join(" + ", kinds.Select(k => $"{Vi(k)} {NumberText.Vi(Publish.Round(score.PartPoints(k)))}")),
                string.Join(" + ", kinds.Select(k => $"{En(k)} {NumberText.Invariant(Publish.Round(score.PartPoints(k)))}")));
    }

    private static void AddSubtree(UnitScore score, int node, int depth, List<TraceLine> lines)
    {
        var framework = score.Framework;
        var n = framework.Nodes[node];
        var leaf = framework.LeafOrdinal(node);
        if (leaf >= 0)
        {
            var input = score.Inputs[leaf];
            lines.Add(new TraceLine(n.Code, n.Name, depth, score.Points[node], score.ApplicableMax[node], n.Max,
                InputText.Format(input), framework.Rules[leaf].Explain(input, n.Max)));
            return;
        }
        var children = framework.ChildrenOf(node).ToList();
        var sum = children.Sum(c => score.Points[c]);
        var terms = string.Join(" + ", children.Select(c => NumberText.Invariant(Publish.Round(score.Points[c]))));
        var vi = $"Cộng các mục con: {terms.Replace('.', ',')} = {NumberText.Vi(Publish.Round(sum))} điểm / {NumberText.Vi(score.ApplicableMax[node])} áp dụng";
        var en = $"Sum of parts: {terms} = {NumberText.Invariant(Publish.Round(sum))} points of {NumberText.Invariant(score.ApplicableMax[node])} applicable";
        if (n.Content == ContentKind.Bonus)
        {
            vi = $"Cộng các mục con: {terms.Replace('.', ',')} = {NumberText.Vi(Publish.Round(sum))} điểm, giới hạn trong [{NumberText.Vi(n.Floor)}; {NumberText.Vi(n.Max)}] → {NumberText.Vi(Publish.Round(score.Points[node]))} điểm (ngoài tổng điểm tối đa)";
            en = $"Sum of parts: {terms} = {NumberText.Invariant(Publish.Round(sum))} points, limited to [{NumberText.Invariant(n.Floor)}; {NumberText.Invariant(n.Max)}] → {NumberText.Invariant(Publish.Round(score.Points[node]))} points (outside the maximum)";
        }
        else if (n.CapAtMax && sum > n.Max)
        {
            vi += $", giới hạn ở tối đa {NumberText.Vi(n.Max)}";
            en += $", capped at the maximum of {NumberText.Invariant(n.Max)}";
        }
        lines.Add(new TraceLine(n.Code, n.Name, depth, score.Points[node], score.ApplicableMax[node], n.Max, null, new Explanation(vi, en)));
        foreach (var c in children) AddSubtree(score, c, depth + 1, lines);
    }
}
