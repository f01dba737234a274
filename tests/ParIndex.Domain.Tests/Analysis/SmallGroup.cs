using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Analysis;

/// <summary>
/// A hand-made group on two areas of 10 points (1.1 max 6, 1.2 max 4; 2.1 max 5, 2.2 max 5):
/// <code>
///        1.1 1.2 2.1 2.2  total  index  area 1  area 2  band
///   A     6   4   5   3    18     90     100      80    Xuất sắc
///   B     6   2   5   1    14     70      80      60    Khá
///   C     3   4   2   1    10     50      70      30    Trung bình
///   D     6   0   0   0     6     30      60       0    Yếu
/// </code>
/// Last year (published): B 88 (1st), A 80 (2nd), C 55 (3rd), and X 25 (4th), renamed D this year.
/// Last year's group results for the means: P 100 (all full) and Q 20 (1.1 = 3, 1.2 = 1, area 2 nothing).
/// </summary>
internal static class SmallGroup
{
    public static readonly CompiledFramework F = Compile(Node("1", Manual("1.1", 6), Manual("1.2", 4)), Node("2", Manual("2.1", 5), Manual("2.2", 5)));

    public static UnitScore Of(decimal p11, decimal p12, decimal p21, decimal p22) =>
        Score(F, Points("1.1", p11), Points("1.2", p12), Points("2.1", p21), Points("2.2", p22));

    public static GroupResult Rank(params (string Code, UnitScore Score)[] units) =>
        GroupScoring.Rank("Sở, ban, ngành", F, [.. units.Select(u => (new Unit(u.Code, "Đơn vị " + u.Code, "Sở, ban, ngành"), u.Score))], RankingPolicy.Exact);

    public static GroupResult Current() => Rank(("A", Of(6, 4, 5, 3)), ("B", Of(6, 2, 5, 1)), ("C", Of(3, 4, 2, 1)), ("D", Of(6, 0, 0, 0)));

    public static GroupResult Compared() => YearOverYear.Compare(Current(),
        [new("B", "Đơn vị B", 88m, 1), new("A", "Đơn vị A", 80m, 2), new("C", "Đơn vị C", 55m, 3), new("X", "Đơn vị X", 25m, 4)],
        [new LineageEvent("X", "D", LineageKind.Rename, 2025)], CombineMode.Mean);

    public static GroupResult LastYear() => Rank(("P", Of(6, 4, 5, 5)), ("Q", Of(3, 1, 0, 0)));
}
