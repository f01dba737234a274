using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Tests.Comparison;

public sealed class CrosswalkTests
{
    [Fact]
    public void The_hand_made_crosswalk_is_valid() => Assert.Empty(TwoEditions.AtoB.Validate(TwoEditions.A, TwoEditions.B));

    [Fact]
    public void Every_problem_is_reported_with_its_link_and_node()
    {
        var crosswalk = new Crosswalk("PAR-A", "PAR-X",
        [
            new("1", "9", NodeMapping.Same),                      // 0: no 9 in B
            new("2.1", "2.1", NodeMapping.Split, 0.6m),           // 1: shares 0.6 + 0.3
            new("2.1", "2.2", NodeMapping.Split, 0.3m),           // 2
            new("2.2", "2.2", NodeMapping.Same),                  // 3: 2.2 reached twice, not merged
            new("3.1", null, NodeMapping.Dropped),                // 4: dropped and mapped
            new("3.1", "3.1", NodeMapping.Same),                  // 5
            new(null, "3.2", NodeMapping.Renamed),                // 6: no earlier node
            new("1.1", "1.1", NodeMapping.Same, 0.5m),            // 7: share on a same link
        ]);

        var problems = crosswalk.Validate(TwoEditions.A, TwoEditions.B);

        Assert.Contains(problems, p => p is { Link: null } && p.Message.Contains("to edition PAR-X, not PAR-B"));
        Assert.Contains(problems, p => p is { Link: 0, Node: "9" } && p.Message.Contains("no node '9' in PAR-B"));
        Assert.Contains(problems, p => p is { Link: 1, Node: "2.1" } && p.Message.Contains("add up to 0.9, not 1"));
        Assert.Contains(problems, p => p is { Node: "2.2" } && p.Message.Contains("each of their links is merged"));
        Assert.Contains(problems, p => p is { Link: 4, Node: "3.1" } && p.Message.Contains("dropped and also mapped"));
        Assert.Contains(problems, p => p is { Link: 6 } && p.Message.Contains("needs the earlier node's code"));
        Assert.Contains(problems, p => p is { Link: 7 } && p.Message.Contains("only a split or merged link"));
    }

    [Fact]
    public void A_split_whose_only_part_is_mapped_does_not_add_up_to_one()
    {
        var crosswalk = TwoEditions.AtoB with { Links = [.. TwoEditions.AtoB.Links.Where(l => !(l.From == "2.1" && l.To == "2.2")), new(null, "2.2", NodeMapping.New)] };

        var problem = Assert.Single(crosswalk.Validate(TwoEditions.A, TwoEditions.B));

        Assert.Equal("link 5 (2.1): the shares of 2.1 add up to 0.6, not 1", problem.ToString());
    }

    [Theory]
    [InlineData("Đường điện", "duong dien")]
    [InlineData("CẢI CÁCH  hành chính (TTHC)", "cai cach hanh chinh tthc")]
    [InlineData("Ứng dụng công nghệ thông tin", "ung dung cong nghe thong tin")]
    public void Names_fold_to_plain_words(string name, string folded) => Assert.Equal(folded, NameSimilarity.Fold(name));

    [Fact]
    public void Similarity_counts_shared_words_ignoring_diacritics_case_and_function_words()
    {
        Assert.Equal(1m, NameSimilarity.Of("Cải cách thủ tục hành chính", "CAI CACH THU TUC HANH CHINH"));
        // "của" is a function word, "cửa" is not (both fold to "cua"): {một, cửa, đơn, vị} vs {một, cửa, liên, thông} → 2 × 2 / 8;
        // leaving out "cửa" too would give {một, đơn, vị} vs {một, liên, thông} → 2 × 1 / 6.
        Assert.Equal(0.5m, NameSimilarity.Of("Một cửa của đơn vị", "Một cửa liên thông"));
        Assert.Equal(0m, NameSimilarity.Of("Thể chế", "Tài chính công"));
    }

    [Fact]
    public void Within_is_the_share_of_the_part_s_words_found_in_the_whole()
    {
        var part = NameSimilarity.Words("Một cửa");
        var whole = NameSimilarity.Words("Công khai thủ tục hành chính và một cửa");

        Assert.Equal(1m, NameSimilarity.Within(part, whole));
        // {công, khai, thủ, tục, hành, chính, một, cửa}: 2 of its 8 words are in "Một cửa".
        Assert.Equal(0.25m, NameSimilarity.Within(whole, part));
    }

    [Fact]
    public void A_short_name_inside_a_long_new_one_does_not_make_the_new_one_a_split_of_it()
    {
        // B's new 3.3 holds every word of A's 3.2 "Một cửa", but most of its words are not in it: new, not split.
        var b = CompiledFramework.Compile(TwoEditions.B.Framework with
        {
            Nodes = [.. TwoEditions.B.Framework.Nodes.Take(2), TwoEditions.B.Framework.Nodes[2] with
            {
                Max = 6,
                Children = [.. TwoEditions.B.Framework.Nodes[2].Children, FrameworkNode.Leaf("3.3", "Số hóa hồ sơ tại bộ phận một cửa liên thông", 1, new Domain.Scoring.Rules.ManualRule(0.5m))],
            }],
        });

        var proposed = CrosswalkProposal.Propose(TwoEditions.A, b).Select(p => p.Link).ToList();

        Assert.Contains(new CrosswalkLink(null, "3.3", NodeMapping.New), proposed);
        Assert.Equal(["3.1", "3.2"], proposed.Where(l => l.To == "3.1").Select(l => l.From));
    }

    [Fact]
    public void The_proposal_finds_the_same_renamed_split_merged_new_and_dropped_nodes()
    {
        var proposed = CrosswalkProposal.Propose(TwoEditions.A, TwoEditions.B);
        var links = proposed.Select(p => p.Link).ToList();

        Assert.Equal(
        [
            new("1", "1", NodeMapping.Renamed), new("1.1", "1.1", NodeMapping.Same), new("1.2", "1.2", NodeMapping.Same),
            new("2", "2", NodeMapping.Same),
            // Split in proportion to the successors' maxima (2 and 2); the secretariat may change the shares.
            new("2.1", "2.1", NodeMapping.Split, 0.5m), new("2.1", "2.2", NodeMapping.Split, 0.5m),
            new("3", "3", NodeMapping.Same), new("3.1", "3.1", NodeMapping.Merged), new("3.2", "3.1", NodeMapping.Merged),
            new(null, "3.2", NodeMapping.New),
            new("2.2", null, NodeMapping.Dropped),
        ], links);
        Assert.Empty(new Crosswalk("PAR-A", "PAR-B", links).Validate(TwoEditions.A, TwoEditions.B));
        // Area 1: {công, tác, chỉ, đạo} in 9 words → 2 × 4 / 13.
        Assert.Equal(0.6154m, Numbers.Publish.Round(proposed[0].Similarity!.Value, 4));
    }

    [Fact]
    public void The_same_edition_proposes_every_node_as_the_same() =>
        Assert.All(CrosswalkProposal.Propose(TwoEditions.A, TwoEditions.A), p => Assert.Equal(NodeMapping.Same, p.Link.Kind));
}
