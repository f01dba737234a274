using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Comparison;

/// <summary>
/// Proposes a crosswalk between two editions from their codes and names, for the secretariat to confirm:
/// <list type="number">
/// <item>same code at the same level and alike names (≥ <see cref="SameCode"/>): same (names equal once folded) or renamed;</item>
/// <item>left-overs paired across codes by the most alike names at the same level (≥ <see cref="Elsewhere"/>): moved;</item>
/// <item>a left-over old node whose words lie within a paired new node (at least <see cref="Within"/> of them): merged into it;
///       a left-over new node whose words lie within a paired old node: split off it, shares in proportion to the new maxima;</item>
/// <item>what is left: new and dropped.</item>
/// </list>
/// </summary>
public static class CrosswalkProposal
{
    public const decimal SameCode = 0.5m;
    public const decimal Elsewhere = 0.6m;
    public const decimal Within = 0.75m;

    public static IReadOnlyList<ProposedLink> Propose(CompiledFramework from, CompiledFramework to)
    {
        var olds = Enumerable.Range(0, from.Nodes.Length).Select(i => new Item(from, i)).ToList();
        var news = Enumerable.Range(0, to.Nodes.Length).Select(i => new Item(to, i)).ToList();
        var links = new List<(Item? Old, Item? New, NodeMapping Kind, decimal? Similarity)>();

        foreach (var n in news)
            if (olds.FirstOrDefault(o => o.Partner is null && o.Depth == n.Depth && Same(o.Code, n.Code)) is { } o
                && NameSimilarity.Dice(o.Words, n.Words) is var s && s >= SameCode)
                Pair(o, n, o.Folded == n.Folded ? NodeMapping.Same : NodeMapping.Renamed, s);

        var candidates = olds.Where(o => o.Partner is null)
            .SelectMany(o => news.Where(n => n.Partner is null && n.Depth == o.Depth).Select(n => (o, n, s: NameSimilarity.Dice(o.Words, n.Words))))
            .Where(c => c.s >= Elsewhere)
            .OrderByDescending(c => c.s).ThenBy(c => c.o.Index).ThenBy(c => c.n.Index).ToList();
        foreach (var (o, n, s) in candidates)
            if (o.Partner is null && n.Partner is null) Pair(o, n, Same(o.Code, n.Code) ? NodeMapping.Renamed : NodeMapping.Moved, s);

        foreach (var o in olds.Where(o => o.Partner is null))
            if (Best(o, news.Where(n => n.Partner is not null)) is { } n)
            {
                o.Partner = n;
                links.Add((o, n, NodeMapping.Merged, NameSimilarity.Dice(o.Words, n.Words)));
            }
        foreach (var n in news.Where(n => n.Partner is null))
            if (Best(n, olds.Where(o => o.Partner is not null && links.Count(l => l.Old == o) == 1)) is { } o)
            {
                n.Partner = o;
                links.Add((o, n, NodeMapping.Split, NameSimilarity.Dice(o.Words, n.Words)));
            }

        links.AddRange(news.Where(n => n.Partner is null).Select(n => ((Item?)null, (Item?)n, NodeMapping.New, (decimal?)null)));
        links.AddRange(olds.Where(o => o.Partner is null).Select(o => ((Item?)o, (Item?)null, NodeMapping.Dropped, (decimal?)null)));
        return Finish(links);

        void Pair(Item o, Item n, NodeMapping kind, decimal s)
        {
            o.Partner = n;
            n.Partner = o;
            links.Add((o, n, kind, s));
        }
    }

    /// <summary>
    /// Makes the kinds agree: a new node reached from several old ones is merged from each; an old node reaching several new
    /// ones is split into each with shares in proportion to their maxima (equal when they are all 0), adding up to exactly 1.
    /// </summary>
    private static List<ProposedLink> Finish(List<(Item? Old, Item? New, NodeMapping Kind, decimal? Similarity)> links)
    {
        var into = links.Where(l => l.New is not null && l.Old is not null).GroupBy(l => l.New!).ToDictionary(g => g.Key, g => g.Count());
        var outOf = links.Where(l => l.New is not null && l.Old is not null).GroupBy(l => l.Old!).ToDictionary(g => g.Key, g => g.Select(l => l.New!).ToList());
        var result = new List<ProposedLink>();
        foreach (var (old, @new, kind, similarity) in links.OrderBy(l => l.New?.Index ?? int.MaxValue).ThenBy(l => l.Old?.Index ?? int.MaxValue))
        {
            if (old is null || @new is null)
            {
                result.Add(new ProposedLink(new CrosswalkLink(old?.Code, @new?.Code, kind), similarity));
                continue;
            }
            var successors = outOf[old];
            var share = successors.Count == 1 ? 1m : ShareOf(@new, successors);
            var final = successors.Count > 1 ? NodeMapping.Split : into[@new] > 1 ? NodeMapping.Merged : kind;
            result.Add(new ProposedLink(new CrosswalkLink(old.Code, @new.Code, final, share), similarity));
        }
        return result;
    }

    private static decimal ShareOf(Item node, List<Item> successors)
    {
        var total = successors.Sum(s => s.Max);
        decimal Share(Item s) => total > 0 ? Publish.Round(s.Max / total, 4) : Publish.Round(1m / successors.Count, 4);
        // The last successor takes what the rounded others leave, so the shares add up to exactly 1.
        return node == successors[^1] ? 1m - successors.Take(successors.Count - 1).Sum(Share) : Share(node);
    }

    private static Item? Best(Item item, IEnumerable<Item> among) => among
        .Where(c => c.Depth == item.Depth)
        .Select(c => (c, s: NameSimilarity.Within(item.Words, c.Words), d: NameSimilarity.Dice(item.Words, c.Words)))
        .Where(x => x.s >= Within)
        .OrderByDescending(x => x.s).ThenByDescending(x => x.d).ThenBy(x => x.c.Index)
        .Select(x => x.c).FirstOrDefault();

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private sealed class Item
    {
        public Item(CompiledFramework f, int index)
        {
            Index = index;
            Code = f.Nodes[index].Code;
            Max = f.Nodes[index].Max;
            Folded = NameSimilarity.Fold(f.Nodes[index].Name);
            Words = NameSimilarity.Words(f.Nodes[index].Name);
            for (var p = f.Parent[index]; p >= 0; p = f.Parent[p]) Depth++;
        }

        public int Index { get; }

        public string Code { get; }

        public decimal Max { get; }

        public string Folded { get; }

        public IReadOnlySet<string> Words { get; }

        public int Depth { get; }

        public Item? Partner { get; set; }
    }
}
