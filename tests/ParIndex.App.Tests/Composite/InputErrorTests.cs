using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

/// <summary>Every refusal names the file, line, column and code.</summary>
public sealed class InputErrorTests
{
    private const string Data = "uCode,a,b,c\nU1,1,2,3\nU2,4,5,6\n";

    private static string Meta(string from, string to) => Small.Meta.Replace(from, to, StringComparison.Ordinal);

    [Fact]
    public void Unknown_parent()
    {
        var p = Small.Problem(() => Small.Structure(Meta("a,1,P,", "a,1,X,")));
        Assert.Equal(("meta.csv", 2, "Parent", "a"), (p.File, p.Line, p.Column, p.Code));
        Assert.Equal("unknown parent 'X'", p.Message);
        Assert.Equal("meta.csv:2 column Parent (a): unknown parent 'X'", p.ToString());
    }

    [Fact]
    public void Cycle()
    {
        var meta = """
            iCode,Level,Parent,Weight,Direction,Type
            a,1,P,1,1,Indicator
            P,2,R,1,,Aggregate
            R,3,P,1,,Aggregate
            Top,4,,1,,Aggregate
            """;
        var p = Small.Problem(() => Small.Structure(meta));
        Assert.Equal((3, "Parent", "P"), (p.Line, p.Column, p.Code));
        Assert.Equal("the parents form a cycle: P → R → P", p.Message);
    }

    [Fact]
    public void Parent_not_one_level_up()
    {
        var e = Assert.Throws<CompositeException>(() => Small.Structure(Meta("c,1,Q,", "c,1,Top,")));
        Assert.Equal([(4, "Level", "c"), (6, "iCode", "Q")], e.Problems.Select(p => (p.Line!.Value, p.Column!, p.Code!)));
        Assert.Equal("the parent 'Top' is at level 3; it must be one level up (2)", e.Problems[0].Message);
        Assert.Equal("this aggregate has no children", e.Problems[1].Message);
    }

    [Fact]
    public void Zero_weights_under_a_parent()
    {
        var p = Small.Problem(() => Small.Structure(Meta("a,1,P,1,", "a,1,P,0,").Replace("b,1,P,3,", "b,1,P,0,", StringComparison.Ordinal)));
        Assert.Equal((5, "Weight", "P"), (p.Line, p.Column, p.Code));
        Assert.Equal("every weight under 'P' is zero (a, b)", p.Message);
    }

    [Fact]
    public void Zero_weights_from_a_weights_file()
    {
        var p = Small.Problem(() => WeightsReader.Apply("w.csv", "iCode,Weight\na,0\nb,0\n", Small.Structure()));
        Assert.Equal(("w.csv", "P"), (p.File, p.Code));
    }

    [Fact]
    public void Weights_file_with_an_unknown_code_or_a_bad_weight()
    {
        var e = Assert.Throws<CompositeException>(() => WeightsReader.Apply("w.csv", "iCode,Weight\nzz,1\na,-1\n", Small.Structure()));
        Assert.Equal([(2, "iCode", "zz"), (3, "Weight", "a")], e.Problems.Select(p => (p.Line!.Value, p.Column!, p.Code!)));
    }

    [Fact]
    public void Duplicate_codes()
    {
        var p = Small.Problem(() => Small.Structure(Small.Meta + "\na,1,Q,1,1,Indicator,NA"));
        Assert.Equal((9, "iCode", "a"), (p.Line, p.Column, p.Code));
        Assert.Equal("the code appears twice (first on line 2)", p.Message);
    }

    [Fact]
    public void Missing_columns_bad_direction_level_and_weight()
    {
        var missing = Small.Problem(() => Small.Structure("iCode,Level,Parent,Weight,Type\na,1,P,1,Indicator\n"));
        Assert.Equal((1, "Direction"), (missing.Line, missing.Column));
        var e = Assert.Throws<CompositeException>(() => Small.Structure(Meta("a,1,P,1,1,", "a,x,P,1,2,").Replace("b,1,P,3,", "b,1,P,heavy,", StringComparison.Ordinal)));
        Assert.Equal([("Level", "a"), ("Direction", "a"), ("Weight", "b")], e.Problems.Select(p => (p.Column!, p.Code!)));
    }

    [Fact]
    public void One_top_aggregate()
    {
        var e = Assert.Throws<CompositeException>(() => Small.Structure(Small.Meta + "\nOther,3,NA,1,NA,Aggregate,NA"));
        Assert.Contains(e.Problems, p => p.Message == "there must be one top aggregate (empty Parent), found 2: Top, Other");
    }

    [Fact]
    public void Indicator_without_a_data_column()
    {
        var p = Small.Problem(() => UnitDataReader.Read("data.csv", "uCode,a,b\nU1,1,2\n", Small.Structure()));
        Assert.Equal(("data.csv", 1, "c"), (p.File, p.Line, p.Code));
        Assert.Contains("no column in the data", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_numeric_value()
    {
        var p = Small.Problem(() => UnitDataReader.Read("data.csv", "uCode,a,b,c\nU1,1,2,3\nU2,4,\"5,5\",6\n", Small.Structure()));
        Assert.Equal(("data.csv", 3, "b", "b"), (p.File, p.Line, p.Column, p.Code));
        Assert.Equal("unit U2: '5,5' is not a number (use a dot for decimals; empty or NA for missing)", p.Message);
    }

    [Fact]
    public void Duplicate_units()
    {
        var p = Small.Problem(() => UnitDataReader.Read("data.csv", Data + "U1,7,8,9\n", Small.Structure()));
        Assert.Equal((4, "uCode"), (p.Line, p.Column));
        Assert.Equal("unit U1 appears twice (first on line 2)", p.Message);
    }

    [Fact]
    public void Missing_uCode_column()
    {
        var p = Small.Problem(() => UnitDataReader.Read("data.csv", "unit,a,b,c\nU1,1,2,3\n", Small.Structure()));
        Assert.Equal((1, "uCode"), (p.Line, p.Column));
    }

    [Fact]
    public void Distance_to_target_without_a_target()
    {
        var p = Small.Problem(() => Small.Build(Data, CompositeOptions.Parse("dist2targ")));
        Assert.Equal(("meta.csv", 3, "Target", "b"), (p.File, p.Line, p.Column, p.Code));
    }

    [Fact]
    public void Data_availability_threshold_outside_zero_to_one()
    {
        var p = Small.Problem(() => CompositeOptions.Parse(datThresh: "1.5"));
        Assert.StartsWith("--dat-thresh", p.Message, StringComparison.Ordinal);
    }
}
