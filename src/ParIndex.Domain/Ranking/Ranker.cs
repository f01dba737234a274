namespace ParIndex.Domain.Ranking;

/// <summary>
/// Standard competition ranking, highest first: only equal keys share a rank and the ranks after a tie are
/// skipped (1, 2, 2, 4).
/// </summary>
public static class Ranker
{
    /// <summary>The rank of each index, in the order given.</summary>
    public static int[] Rank(IReadOnlyList<decimal> indices, RankingPolicy policy)
    {
        var keys = new decimal[indices.Count];
        for (var i = 0; i < keys.Length; i++) keys[i] = policy.Key(indices[i]);
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) => keys[b].CompareTo(keys[a]));

        var ranks = new int[keys.Length];
        for (var position = 0; position < order.Length; position++)
        {
            var unit = order[position];
            ranks[unit] = position > 0 && keys[order[position - 1]] == keys[unit] ? ranks[order[position - 1]] : position + 1;
        }
        return ranks;
    }
}
