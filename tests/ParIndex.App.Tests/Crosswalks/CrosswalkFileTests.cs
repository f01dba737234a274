using ParIndex.App.Crosswalks;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Tests.Crosswalks;

public sealed class CrosswalkFileTests
{
    private static readonly CompiledFramework Y2025 = CompiledFramework.Compile(FrameworkFiles.Load(Repo.Sample("frameworks/so-nganh.json")));
    private static readonly CompiledFramework Y2026 = CompiledFramework.Compile(FrameworkFiles.Load(Repo.Sample("frameworks/so-nganh-2026.json")));
    private static readonly string SamplePath = Repo.Sample("crosswalks/so-nganh-2025-2026.json");

    [Fact]
    public void The_sample_crosswalk_holds_against_both_sample_editions_and_names_every_kind_of_change()
    {
        var crosswalk = CrosswalkFiles.Load(SamplePath).CheckedAgainst(Y2025, Y2026);

        Assert.Equal(("PAR-SO-MAU", "PAR-SO-MAU-2026"), (crosswalk.From, crosswalk.To));
        Assert.Contains(new CrosswalkLink("1", "1", NodeMapping.Renamed, 1m, "Thêm \"kiểm tra\" vào tên lĩnh vực"), crosswalk.Links);
        Assert.Contains(crosswalk.Links, l => l is { From: "1.4.2", To: "1.2.4", Kind: NodeMapping.Moved });
        Assert.Equal([("3.2.1", 0.5m), ("3.2.4", 0.5m)], crosswalk.Links.Where(l => l.Kind == NodeMapping.Split).Select(l => (l.To!, l.Share)));
        Assert.Equal(["6.2.1", "6.2.2"], crosswalk.Links.Where(l => l.Kind == NodeMapping.Merged).Select(l => l.From!));
        Assert.Equal("7.2.3", Assert.Single(crosswalk.Links, l => l.Kind == NodeMapping.New).To);
        Assert.Equal("7.2.2", Assert.Single(crosswalk.Links, l => l.Kind == NodeMapping.Dropped).From);
        // No node of the 2026 edition is left unreached (which would make it "not comparable").
        Assert.Equal(Y2026.Nodes.Length, crosswalk.Links.Where(l => l.To is not null).Select(l => l.To).Distinct().Count());
    }

    [Fact]
    public void A_crosswalk_goes_json_to_xlsx_to_json_unchanged_with_names_and_similarity()
    {
        var file = CrosswalkFiles.Load(SamplePath);
        var rows = CrosswalkRow.Of(file.Crosswalk.Links, Y2025, Y2026);
        var json = CrosswalkJson.Write("PAR-SO-MAU", "PAR-SO-MAU-2026", rows);

        var back = CrosswalkXlsx.Read(CrosswalkXlsx.Write("PAR-SO-MAU", "PAR-SO-MAU-2026", rows), "cw.xlsx");

        Assert.Equal(json, CrosswalkJson.Write(back.Crosswalk.From, back.Crosswalk.To, CrosswalkRow.Of(back.Crosswalk.Links, Y2025, Y2026)));
        // The sample file is exactly what the writer writes: names from the editions, share only where it is not 1.
        Assert.Equal(File.ReadAllText(SamplePath), json);
    }

    [Fact]
    public void The_workbook_has_the_documented_layout_with_vietnamese_kinds()
    {
        var rows = new[] { new CrosswalkRow(new CrosswalkLink("2.1", "2.2", NodeMapping.Split, 0.4m, "Tách"), "Ban hành và rà soát", "Rà soát", 0.5714m) };

        var sheets = XlsxReader.Read(CrosswalkXlsx.Write("A", "B", rows), "cw.xlsx");

        Assert.Equal(["Ánh xạ", "Thông tin"], sheets.Select(s => s.Name));
        Assert.Equal(["Mã cũ", "Tên cũ", "Mã mới", "Tên mới", "Loại", "Tỷ lệ", "Độ giống", "Ghi chú"], sheets[0].Rows[0]);
        Assert.Equal(["2.1", "Ban hành và rà soát", "2.2", "Rà soát", "tách", "0.4", "0.5714", "Tách"], sheets[0].Rows[1]);
        Assert.Equal([["Trường", "Giá trị"], ["from", "A"], ["to", "B"]], sheets[1].Rows.Select(r => r.ToArray()));
    }

    [Fact]
    public void Json_problems_are_all_reported_with_their_path_and_nothing_is_read()
    {
        const string json = """
            {"from": "PAR-SO-MAU", "to": "PAR-SO-MAU-2026", "links": [
              {"from": "1", "to": "1", "kind": "reworded"},
              {"from": "2", "to": "2", "kind": "same", "share": "half"},
              {"from": "3", "to": "3", "kind": "same", "weight": 2}
            ]}
            """;

        var problems = Assert.Throws<ImportException>(() => CrosswalkJson.Read(json, "cw.json")).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "cw.json, tiêu chí 1: $.links[0].kind: 'reworded' is not a kind of link: same (giữ nguyên), renamed (đổi tên), moved (chuyển vị trí), split (tách), merged (gộp), new (mới), dropped (bỏ)",
            "cw.json, tiêu chí 2: $.links[1].share: expected a number, found the string \"half\"",
            "cw.json, tiêu chí 3: $.links[2].weight: unknown property",
        ], problems);
    }

    [Fact]
    public void Problems_against_the_editions_point_at_the_json_link_and_field()
    {
        const string json = """
            {"from": "PAR-SO-MAU", "to": "PAR-SO-MAU-2026", "links": [
              {"from": "3.2.1", "to": "3.2.1", "kind": "split", "share": 0.5},
              {"from": "3.2.1", "to": "3.2.4", "kind": "split", "share": 0.4},
              {"from": "9.9", "to": "1", "kind": "same"},
              {"from": "1.1", "to": "1.1", "kind": "same"},
              {"from": "1.1", "to": "1.1", "kind": "same"}
            ]}
            """;

        var problems = Assert.Throws<ImportException>(() => CrosswalkJson.Read(json, "cw.json").CheckedAgainst(Y2025, Y2026)).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "cw.json, tiêu chí 9.9: $.links[2].from: there is no node '9.9' in PAR-SO-MAU",
            "cw.json, tiêu chí 3.2.1: $.links[0].share: the shares of 3.2.1 add up to 0.9, not 1",
            "cw.json, tiêu chí 1.1: $.links[4].to: 1.1 → 1.1 is given 2 times",
            "cw.json, tiêu chí 1.1: $.links[3].kind: 1.1 has 2 earlier nodes: each of their links is merged (or split)",
        ], problems);
    }

    [Fact]
    public void Xlsx_problems_are_located_by_sheet_row_column_and_node()
    {
        var bytes = XlsxWriter.Write(
        [
            new Sheet("Ánh xạ",
            [
                ["Mã cũ", "Mã mới", "Loại", "Tỷ lệ", "Trọng số"],
                ["1", "1", "đổi tên", null, null],
                ["3.2.1", "3.2.1", "tách", "0,6", null],
                ["3.2.1", "3.2.4", "tách", "một nửa", null],
                ["6.2.2", "6.2.1", "", null, null],
            ]),
            new Sheet("Thông tin", [["Trường", "Giá trị"], ["from", "PAR-SO-MAU"]]),
        ]);

        var problems = Assert.Throws<ImportException>(() => CrosswalkXlsx.Read(bytes, "cw.xlsx")).Problems.Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "cw.xlsx, trang tính “Ánh xạ”, cột E: unknown column 'Trọng số' (expected Mã cũ, Tên cũ, Mã mới, Tên mới, Loại, Tỷ lệ, Độ giống, Ghi chú)",
            "cw.xlsx, trang tính “Thông tin”: the field 'to' (the later edition's code) is required",
        ], problems);

        var fixedBytes = XlsxWriter.Write(
        [
            new Sheet("Ánh xạ",
            [
                ["Mã cũ", "Mã mới", "Loại", "Tỷ lệ"],
                ["1", "1", "đổi tên", null],
                ["3.2.1", "3.2.1", "tách", "0,6"],
                ["3.2.1", "3.2.4", "tách", "một nửa"],
                ["6.2.2", "6.2.1", "", null],
            ]),
            new Sheet("Thông tin", [["Trường", "Giá trị"], ["from", "PAR-SO-MAU"], ["to", "PAR-SO-MAU-2026"]]),
        ]);
        problems = [.. Assert.Throws<ImportException>(() => CrosswalkXlsx.Read(fixedBytes, "cw.xlsx")).Problems.Select(p => p.ToString())];
        Assert.Equal(
        [
            "cw.xlsx, trang tính “Ánh xạ”, dòng 4, cột D (Tỷ lệ), tiêu chí 3.2.1: the share 'một nửa' is not a number between 0 and 1 (write e.g. 0.6)",
            "cw.xlsx, trang tính “Ánh xạ”, dòng 5, cột C (Loại), tiêu chí 6.2.2: the kind of link is missing: same (giữ nguyên), renamed (đổi tên), moved (chuyển vị trí), split (tách), merged (gộp), new (mới), dropped (bỏ)",
        ], problems);
    }

    [Fact]
    public void Xlsx_problems_against_the_editions_point_at_the_row_and_cell()
    {
        var bytes = CrosswalkXlsx.Write("PAR-SO-MAU", "PAR-SO-MAU-2026",
        [
            new CrosswalkRow(new CrosswalkLink("3.2.1", "3.2.1", NodeMapping.Split, 0.6m)),
            new CrosswalkRow(new CrosswalkLink("3.2.1", "3.2.9", NodeMapping.Split, 0.4m)),
            new CrosswalkRow(new CrosswalkLink("7.2.2", null, NodeMapping.Dropped)),
            new CrosswalkRow(new CrosswalkLink("7.2.2", "7.2.3", NodeMapping.Same)),
        ]);

        var problems = CrosswalkXlsx.Read(bytes, "cw.xlsx").ProblemsAgainst(Y2025, Y2026).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            "cw.xlsx, trang tính “Ánh xạ”, dòng 3, cột C (Mã mới), tiêu chí 3.2.9: there is no node '3.2.9' in PAR-SO-MAU-2026",
            "cw.xlsx, trang tính “Ánh xạ”, dòng 4, cột E (Loại), tiêu chí 7.2.2: 7.2.2 is dropped and also mapped",
        ], problems);
    }

    [Fact]
    public void A_crosswalk_for_other_editions_is_refused_as_a_whole()
    {
        var file = CrosswalkFiles.Load(SamplePath);

        var problems = file.ProblemsAgainst(Y2026, Y2025).Take(2).Select(p => p.ToString()).ToList();

        Assert.Equal(
        [
            $"{SamplePath}: the crosswalk is from edition PAR-SO-MAU, not PAR-SO-MAU-2026",
            $"{SamplePath}: the crosswalk is to edition PAR-SO-MAU-2026, not PAR-SO-MAU",
        ], problems);
    }
}
