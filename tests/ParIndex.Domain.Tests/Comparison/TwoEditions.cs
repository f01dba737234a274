using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Comparison;

/// <summary>
/// Two small editions and the crosswalk between them, with every kind of change the issue names: area 1 renamed,
/// criterion 2.1 split into 2.1 and 2.2 (shares 0.6 / 0.4), 2.2 dropped, 3.1 and 3.2 merged into 3.1, 3.2 new.
/// </summary>
internal static class TwoEditions
{
    private static FrameworkNode Item(string code, string name, decimal max) => FrameworkNode.Leaf(code, name, max, new Domain.Scoring.Rules.ManualRule(0.5m));

    public static readonly CompiledFramework A = CompiledFramework.Compile(new Framework("PAR-A", "Bộ chỉ số 2024", "Sở", ProvincialBands,
    [
        FrameworkNode.Inner("1", "Công tác chỉ đạo", 4, Item("1.1", "Kế hoạch cải cách hành chính", 2), Item("1.2", "Báo cáo cải cách hành chính", 2)),
        FrameworkNode.Inner("2", "Thể chế", 4, Item("2.1", "Ban hành và rà soát văn bản", 3), Item("2.2", "Theo dõi thi hành pháp luật", 1)),
        FrameworkNode.Inner("3", "Thủ tục hành chính", 4, Item("3.1", "Công khai thủ tục hành chính", 2), Item("3.2", "Một cửa", 2)),
    ]));

    public static readonly CompiledFramework B = CompiledFramework.Compile(new Framework("PAR-B", "Bộ chỉ số 2025", "Sở", ProvincialBands,
    [
        FrameworkNode.Inner("1", "Công tác chỉ đạo, điều hành cải cách hành chính", 4,
            Item("1.1", "Kế hoạch cải cách hành chính", 2), Item("1.2", "Báo cáo cải cách hành chính", 2)),
        FrameworkNode.Inner("2", "Thể chế", 4, Item("2.1", "Ban hành văn bản", 2), Item("2.2", "Rà soát văn bản", 2)),
        FrameworkNode.Inner("3", "Thủ tục hành chính", 5, Item("3.1", "Công khai thủ tục hành chính và một cửa", 4), Item("3.2", "Dịch vụ công trực tuyến", 1)),
    ]));

    public static readonly Crosswalk AtoB = new("PAR-A", "PAR-B",
    [
        new("1", "1", NodeMapping.Renamed), new("1.1", "1.1", NodeMapping.Same), new("1.2", "1.2", NodeMapping.Same),
        new("2", "2", NodeMapping.Same), new("2.1", "2.1", NodeMapping.Split, 0.6m), new("2.1", "2.2", NodeMapping.Split, 0.4m),
        new("2.2", null, NodeMapping.Dropped),
        new("3", "3", NodeMapping.Same), new("3.1", "3.1", NodeMapping.Merged), new("3.2", "3.1", NodeMapping.Merged),
        new(null, "3.2", NodeMapping.New),
    ]);
}
