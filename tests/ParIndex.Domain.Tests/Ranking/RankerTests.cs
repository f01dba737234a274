using ParIndex.Domain.Ranking;

namespace ParIndex.Domain.Tests.Ranking;

public sealed class RankerTests
{
    [Fact]
    public void Equal_indices_share_a_rank_and_the_next_rank_is_skipped() =>
        Assert.Equal([1, 2, 2, 4, 5], Ranker.Rank([95m, 90m, 90m, 85m, 80m], RankingPolicy.Exact));

    [Fact]
    public void Ranks_follow_the_input_order()
    {
        Assert.Equal([4, 1, 2, 2], Ranker.Rank([70m, 99m, 80m, 80m], RankingPolicy.Exact));
    }

    [Fact]
    public void Units_shown_with_the_same_two_decimals_are_ranked_on_the_exact_index()
    {
        // Thanh Hóa 2024: two departments shown at 90.02 were ranked second and third.
        var ranks = Ranker.Rank([91.5m, 90.0249m, 90.0151m], RankingPolicy.Exact);
        Assert.Equal([1, 2, 3], ranks);
    }

    [Fact]
    public void A_period_may_rank_at_a_stated_precision_instead()
    {
        var ranks = Ranker.Rank([91.5m, 90.0249m, 90.0151m], new RankingPolicy(2));
        Assert.Equal([1, 2, 2], ranks);
    }

    [Fact]
    public void Equal_fractions_reached_differently_are_exactly_equal()
    {
        // 45 of 50 applicable points and 90 of 100: both 90 %; 1/3 and 2/6 of the points: both 33.33…%.
        Assert.Equal(45m * 100m / 50m, 90m * 100m / 100m);
        Assert.Equal([1, 1, 3, 3], Ranker.Rank([45m * 100m / 50m, 90m * 100m / 100m, 1m * 100m / 3m, 2m * 100m / 6m], RankingPolicy.Exact));
    }

    [Fact]
    public void Everyone_tied_shares_first_place() => Assert.Equal([1, 1, 1], Ranker.Rank([80m, 80m, 80m], RankingPolicy.Exact));

    [Fact]
    public void No_units_no_ranks() => Assert.Empty(Ranker.Rank([], RankingPolicy.Exact));
}
