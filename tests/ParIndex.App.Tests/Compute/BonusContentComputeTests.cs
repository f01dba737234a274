using System.Text.Json.Nodes;
using ParIndex.App.Compute;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Tests.Compute;

/// <summary>
/// The sample framework on the 70 + 30 + bonus pattern (samples/frameworks/so-nganh-70-30.json) through
/// <c>compute</c>, with numbers worked by hand:
/// SNV scores everything and claims 3 initiatives (3 × 1, capped at 2) and 3 bonus points: 2 + 3 = 5, the content's
/// cap; 70 + 30 + 5 = 105 of 100 → 105.00 %.
/// STP: 3.2 at 96 % (tier 95–&lt;100 % → 2 of 3), KS.1 at 80 % (12 of 15), 6.3 not applicable (98 applicable);
/// bonus 1 initiative (+1), one disciplined head (−1), 5 late dossiers without apology (5 × −0.25 = −1.25) → −1.25.
/// Points 67 + 27 − 1.25 = 92.75 of 98 → 94.64 %; area 3: 11 / 12 = 91.67 %; survey 27 / 30 = 90.00 %.
/// </summary>
public sealed class BonusContentComputeTests
{
    private static Domain.Results.GroupResult Run() => ComputeResults.Run(new ComputeRequest(
        Repo.Sample("frameworks/so-nganh-70-30.json"), Repo.Sample("tinh-mau/scores-so-70-30-2026.csv"), Repo.Sample("tinh-mau/units-so-70-30-2026.csv")));

    [Fact]
    public void The_sample_has_eight_areas_of_70_a_survey_content_of_30_and_a_bonus_content()
    {
        var f = CompiledFramework.Compile(FrameworkFiles.Load(Repo.Sample("frameworks/so-nganh-70-30.json")));
        Assert.Equal(8, f.Contents.Count(c => c == ContentKind.Area));
        Assert.Equal(70m, f.AreaNodes.Where((_, a) => f.Contents[a] == ContentKind.Area).Sum(a => f.Nodes[a].Max));
        Assert.Equal(30m, f.Nodes[f.NodeIndex("KS")!.Value].Max);
        Assert.Equal((5m, -5m), (f.Nodes[f.NodeIndex("T")!.Value].Max, f.Nodes[f.NodeIndex("T")!.Value].Floor));
        Assert.Equal(100m, f.Max);
    }

    [Fact]
    public void Points_index_components_and_the_bonus_column_are_as_worked_by_hand()
    {
        var result = Run();
        var snv = result.Units.Single(u => u.Unit.Code == "SNV");
        var stp = result.Units.Single(u => u.Unit.Code == "STP");

        Assert.Equal((1, 105m, 100m, 105.00m), (snv.Rank, snv.Score.TotalPoints, snv.Score.TotalMax, snv.PublishedIndex));
        Assert.Equal((2, 92.75m, 98m, 94.64m, "Xuất sắc"), (stp.Rank, stp.Score.TotalPoints, stp.Score.TotalMax, stp.PublishedIndex, stp.Band.Label));

        var csv = ResultWriter.Csv(result).Split('\n');
        Assert.Equal("rank,unit,name,points,max,index,band,delta_points,delta_rank,area_1,area_2,area_3,area_4,area_5,area_6,area_7,area_8,area_KS,bonus_T", csv[0]);
        Assert.Equal("2,STP,Sở Tư pháp,92.75,98.00,94.64,Xuất sắc,,,100.00,100.00,91.67,100.00,100.00,100.00,100.00,100.00,90.00,-1.25", csv[2]);
    }

    [Fact]
    public void The_json_results_carry_the_bonus_apart_from_the_components()
    {
        var json = JsonNode.Parse(ResultWriter.Json(Run()))!;
        var stp = json["units"]![1]!;
        Assert.Equal(-1.25m, stp["bonus"]!["T"]!.GetValue<decimal>());
        Assert.False(stp["areas"]!.AsObject().ContainsKey("T"));
        Assert.Equal(90m, stp["areas"]!["KS"]!.GetValue<decimal>());
        Assert.False(json["summary"]!["areas"]!.AsObject().ContainsKey("T"));
    }
}
