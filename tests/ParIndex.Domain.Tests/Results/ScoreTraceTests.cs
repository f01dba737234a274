using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Results;

public sealed class ScoreTraceTests
{
    [Fact]
    public void The_trace_goes_from_each_input_through_its_rule_up_to_the_total()
    {
        var f = Compile(
            Node("1", Leaf("1.1", 1, new OptionsRule([new("ontime", "Ban hành đúng hạn", 1), new("late", "Ban hành chậm", 0.5m)])),
                      Leaf("1.2", 2, new TiersRule(RatioTiers((0.9m, 2), (0.7m, 1), (0, 0))))),
            Node("2", Manual("2.1", 3, 0.25m), Manual("2.2", 4)));
        var s = Score(f, ("1.1", LeafInput.Option("late")), ("1.2", LeafInput.RatioOf(45, 50)), Points("2.1", 2.75m), NA("2.2"));

        var trace = ScoreTrace.For(s);

        Assert.Equal(["TOTAL", "1", "1.1", "1.2", "2", "2.1", "2.2"], trace.Select(l => l.Code));
        Assert.Equal("Tổng điểm 5,25 / 6 điểm áp dụng → Chỉ số 87,5% (tổng tối đa 10, 4 điểm không áp dụng)", trace[0].Explanation.Vi);
        Assert.Equal("Cộng các mục con: 0,5 + 2 = 2,5 điểm / 3 áp dụng", trace[1].Explanation.Vi);
        Assert.Equal("late", trace[2].Input);
        Assert.Equal("45/50", trace[3].Input);
        Assert.Equal("Tỷ lệ 90% (45/50) thuộc mức từ 90% trở lên → 2 điểm", trace[3].Explanation.Vi);
        Assert.Equal("NA", trace[6].Input);
        Assert.Equal([0, 1, 2, 2, 1, 2, 2], trace.Select(l => l.Depth));
    }

    [Fact]
    public void The_trace_of_one_node_covers_its_subtree_only()
    {
        var f = Compile(Node("1", Manual("1.1", 1), Manual("1.2", 1)), Node("2", Manual("2.1", 1)));
        var s = Score(f, Points("1.1", 1), Points("1.2", 0.5m), Points("2.1", 1));
        var trace = ScoreTrace.For(s, "1");
        Assert.Equal(["1", "1.1", "1.2"], trace.Select(l => l.Code));
        Assert.Equal(1.5m, trace[0].Points);
    }

    [Fact]
    public void An_unknown_node_is_an_error() =>
        Assert.Throws<ArgumentException>(() => ScoreTrace.For(Score(Compile(Node("1", Manual("1.1", 1))), Points("1.1", 1)), "9.9"));
}
