using ParIndex.Domain.Comparison;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Tests.Comparison;

namespace ParIndex.Domain.Tests.Seeds;

/// <summary>
/// Figures stated in the seed articles (../shared/seeds), reproduced where they are self-consistent.
/// Not reproduced: Đắk Nông 2022 gives band shares 13.63 % / 68.18 % / 18.19 % for 3 / 15 / 4 of 22 departments;
/// 3/22 and 4/22 are 13.636… % and 18.181… %, so the article adjusted the shares to add up to 100 %. We publish
/// 13.64 % and 18.18 % (see <see cref="Band_shares_of_Dak_Nong_2022_are_rounded_independently"/>).
/// </summary>
public sealed class SeedFigureTests
{
    [Fact]
    public void Thua_Thien_Hue_2021_gained_0_85_points_and_fell_one_place()
    {
        // 000: 4th of 63 in 2021, "giảm một bậc" from 2020; 88.47 points in 2020, 89.32 in 2021.
        var others = Enumerable.Range(1, 62).Select(i => ($"P{i:00}", i <= 3 ? 93m - i : 80m - i * 0.1m)).ToList();
        var current = YearOverYearTests.Current([("TTH", 89.32m), .. others]);
        PreviousResult[] previous = [new("TTH", "Thừa Thiên Huế", 88.47m, 3)];
        var hue = YearOverYear.Compare(current, previous, [], CombineMode.Mean).Units.Single(u => u.Unit.Code == "TTH");

        Assert.Equal(4, hue.Rank);
        Assert.Equal(0.85m, hue.Change!.DeltaPoints);
        Assert.Equal(-1, hue.Change.DeltaRank);
    }

    [Fact]
    public void Thanh_Hoa_2020_rose_14_places_to_29th()
    {
        // 004: 29th of 63 with 84.33 %, "tăng 14 bậc": 43rd in 2019.
        var others = Enumerable.Range(1, 62).Select(i => ($"P{i:00}", i <= 28 ? 95m - i * 0.1m : 80m - i * 0.1m)).ToList();
        var current = YearOverYearTests.Current([("THA", 84.33m), .. others]);
        var thanhHoa = YearOverYear.Compare(current, [new("THA", "Thanh Hóa", 81.2m, 43)], [], CombineMode.Mean)
            .Units.Single(u => u.Unit.Code == "THA");

        Assert.Equal(29, thanhHoa.Rank);
        Assert.Equal(14, thanhHoa.Change!.DeltaRank);
    }

    [Fact]
    public void Band_shares_of_Dak_Nong_2022_are_rounded_independently()
    {
        // 002: 22 departments, 3 excellent, 15 good, 4 fair.
        Assert.Equal(13.64m, Publish.Round(3m / 22m * 100m));
        Assert.Equal(68.18m, Publish.Round(15m / 22m * 100m));
        Assert.Equal(18.18m, Publish.Round(4m / 22m * 100m));
    }
}
