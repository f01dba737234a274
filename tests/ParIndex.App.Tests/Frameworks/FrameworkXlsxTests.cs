using System.IO.Compression;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.App.Tests.Frameworks;

public sealed class FrameworkXlsxTests
{
    private static readonly string[] NodeHeader =
        ["Mã", "Cấp", "Tên", "Tên tiếng Anh", "Điểm tối đa", "Giới hạn tối đa", "Cách chấm", "Tham số", "Hướng dẫn",
         "Yêu cầu kiểm chứng", "Tài liệu kiểm chứng", "Mô tả cách chấm", "Nội dung", "Điểm thấp nhất", "Tổng không vượt tối đa"];

    [Fact]
    public void Json_to_xlsx_to_json_is_byte_identical_for_every_rule_kind_and_optional_field()
    {
        var json = FrameworkJson.Write(Everything());

        var xlsx = FrameworkXlsx.Write(FrameworkJson.Read(json, "everything.json"));
        var back = FrameworkJson.Write(FrameworkXlsx.Read(xlsx, "everything.xlsx"));

        Assert.Equal(json, back);
    }

    public static TheoryData<string> SampleFrameworks()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "samples", "frameworks"), "*.json").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFrameworks))]
    public void Sample_frameworks_round_trip_through_xlsx(string name)
    {
        var path = Path.Combine(RepositoryRoot(), "samples", "frameworks", name);
        var json = FrameworkJson.Write(FrameworkJson.Read(File.ReadAllText(path), path));

        var back = FrameworkJson.Write(FrameworkXlsx.Read(FrameworkXlsx.Write(FrameworkJson.Read(json, path)), name));

        Assert.Equal(json, back);
    }

    [Fact]
    public void Written_workbook_has_the_published_layout()
    {
        var sheets = XlsxReader.Read(FrameworkXlsx.Write(Everything()), "everything.xlsx");

        Assert.Equal(["Bộ chỉ số", "Thông tin", "Xếp loại"], sheets.Select(s => s.Name));
        var nodes = sheets[0].Rows;
        Assert.Equal(NodeHeader, nodes[0]);
        Assert.Equal(["1", "1", "Công tác chỉ đạo, điều hành", "Direction", "10", null, null, null, "Dòng một\r\nDòng hai"], nodes[1]);
        Assert.Equal(["1.1", "2", "Kế hoạch", null, "4", "x"], nodes[2]);
        Assert.Equal([
            "1.1.2", "3", "Ban hành kế hoạch", null, "1", null, "options",
            """{"options":[{"key":"ontime","label":"Ban hành đúng hạn","labelEn":"On time","points":1},{"key":"late","label":"Ban hành chậm","points":0.5},{"key":"none","label":"Không ban hành","points":0}]}""",
            null, "không", null, "Chọn một: Ban hành đúng hạn = 1; Ban hành chậm = 0,5; Không ban hành = 0",
        ], nodes[4]);
        Assert.Equal(["1.2.1", "3", "Tỷ lệ thủ tục trực tuyến", null, "1", null, "proportional", null, null, null, null, "Tỷ lệ × 1 điểm tối đa"], nodes[8]);
        Assert.Equal(["2.1", "2", "Đạt yêu cầu", null, "5", null, "passFail", null, null, null, null, "Đạt = 5; không đạt = 0"], nodes[^1]);
        Assert.Equal([
            ["Trường", "Giá trị"],
            ["code", "PAR-THU"],
            ["name", "Bộ chỉ số thử nghiệm"],
            ["nameEn", "Trial index"],
            ["group", "Sở, ban, ngành"],
            ["years", "2024, 2025"],
            ["legalBasis", "Quyết định 876/QĐ-BNV"],
        ], sheets[1].Rows);
        Assert.Equal([["Xếp loại", "Tên tiếng Anh", "Từ (%)"], ["Xuất sắc", "Excellent", "90"], ["Tốt", null, "80.5"], ["Yếu", "Weak", "0"]], sheets[2].Rows);
    }

    [Fact]
    public void Reads_a_hand_made_sheet_inferring_levels_from_codes_and_tolerating_header_spacing()
    {
        var bytes = Workbook(
            [" mã ", "TÊN", "Điểm tối đa ", "cách chấm", "Tham số", "Mô tả cách chấm"],
            [
                ["1", "Lĩnh vực", 3m],
                ["1.1", "Tiêu chí", 3m],
                ["1.1.1", "Tiêu chí thành phần", 1m, "passFail", null, "bỏ qua khi đọc"],
                ["1.1.2", "Chấm tay", 2m, "manual", """{"step": 0.5}"""],
            ]);

        var framework = FrameworkXlsx.Read(bytes, "tay.xlsx");

        var area = Assert.Single(framework.Nodes);
        var criterion = Assert.Single(area.Children);
        Assert.Equal(["1.1.1", "1.1.2"], criterion.Children.Select(c => c.Code));
        Assert.IsType<PassFailRule>(criterion.Children[0].Rule);
        Assert.Equal(new ManualRule(0.5m), criterion.Children[1].Rule);
        Assert.Null(criterion.Children[0].Evidence);
        Assert.Null(criterion.Children[0].Guidance);
        Assert.Equal("PAR-X", framework.Code);
        Assert.Null(framework.Years);
    }

    [Fact]
    public void A_non_numeric_maximum_is_reported_at_its_row_column_and_node()
    {
        var bytes = Workbook(NodeHeader, [
            ["1", 1, "Lĩnh vực", null, 1m],
            ["1.1", 2, "Tiêu chí", null, "một", null, "passFail"],
        ]);

        var problem = Assert.Single(Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems);

        Assert.Equal(new ImportProblem("f.xlsx", problem.Message, 3, "E", "Bộ chỉ số", "1.1"), problem);
        Assert.Contains("'một'", problem.Message);
    }

    [Fact]
    public void A_level_jump_of_more_than_one_is_reported()
    {
        var bytes = Workbook(NodeHeader, [
            ["1", 1, "Lĩnh vực", null, 1m],
            ["1.1.1", 3, "Tiêu chí thành phần", null, 1m, null, "passFail"],
        ]);

        var problem = Assert.Single(Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems);

        Assert.Equal((3, "B", "Bộ chỉ số", "1.1.1"), (problem.Line, problem.Column, problem.Sheet, problem.Node));
        Assert.Contains("level 3", problem.Message);
    }

    [Theory]
    [InlineData("{\"options\": [{\"key\": \"a\",", "not valid JSON")]
    [InlineData("[{\"key\": \"a\"}]", "must be a JSON object")]
    [InlineData("{\"kind\": \"options\", \"options\": []}", "leave \"kind\" out")]
    public void Malformed_parameters_are_reported_in_the_parameters_column(string parameters, string message)
    {
        var bytes = Workbook(NodeHeader, [
            ["1", 1, "Lĩnh vực", null, 1m],
            ["1.1", 2, "Tiêu chí", null, 1m, null, "options", parameters],
        ]);

        var problem = Assert.Single(Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems);

        Assert.Equal((3, "H", "1.1"), (problem.Line, problem.Column, problem.Node));
        Assert.Contains(message, problem.Message);
    }

    [Fact]
    public void A_wrong_value_inside_the_parameters_is_reported_with_its_json_path()
    {
        var bytes = Workbook(NodeHeader, [
            ["1", 1, "Lĩnh vực", null, 1m],
            ["1.1", 2, "Tiêu chí", null, 1m, null, "options", """{"options":[{"key":"a","label":"A","points":"một"}],"extra":1}"""],
        ]);

        var problems = Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal((3, "H", "1.1"), (p.Line, p.Column, p.Node)));
        Assert.Contains(problems, p => p.Message.StartsWith("options[0].points: expected a number", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "extra: unknown property");
    }

    [Fact]
    public void An_unknown_rule_kind_is_reported_in_the_kind_column()
    {
        var bytes = Workbook(NodeHeader, [
            ["1", 1, "Lĩnh vực", null, 1m],
            ["1.1", 2, "Tiêu chí", null, 1m, null, "đạt"],
        ]);

        var problem = Assert.Single(Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems);

        Assert.Equal((3, "G", "1.1"), (problem.Line, problem.Column, problem.Node));
        Assert.StartsWith("unknown rule kind 'đạt'", problem.Message);
    }

    [Fact]
    public void A_missing_sheet_is_reported()
    {
        var bytes = XlsxWriter.Write([
            new Sheet("Bộ chỉ số", [NodeHeader, new object?[] { "1", 1, "Lĩnh vực", null, 1m }, new object?[] { "1.1", 2, "Tiêu chí", null, 1m, null, "passFail" }]),
            new Sheet("Thông tin", [new object?[] { "Trường", "Giá trị" }, new object?[] { "code", "X" }, new object?[] { "name", "X" }, new object?[] { "group", "X" }]),
        ]);

        var problem = Assert.Single(Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems);

        Assert.Equal("Xếp loại", problem.Sheet);
        Assert.Null(problem.Line);
        Assert.Contains("no sheet 'Xếp loại'", problem.Message);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var bytes = Workbook(NodeHeader, [
            ["1", 1, "Lĩnh vực", null, 2m],
            ["1.1", 2, "Tiêu chí", null, "1,5", null, "passFail"],
            [null, 2, "Không mã", null, 0.5m, null, "passFail"],
        ]);

        var problems = Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems;

        Assert.Equal([(3, "E", "1.1"), (4, "A", null)], problems.Select(p => (p.Line, p.Column, p.Node)));
    }

    [Fact]
    public void Missing_and_unknown_headers_are_reported_on_the_header_row()
    {
        var bytes = Workbook(["Mã", "Tên", "Điểm", "Cách chấm"], [["1", "Lĩnh vực", 1m]]);

        var problems = Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => (p.Line, p.Column) == (1, "C") && p.Message.Contains("unknown column 'Điểm'"));
        Assert.Contains(problems, p => p.Line == 1 && p.Message.Contains("'Điểm tối đa' is missing"));
    }

    [Fact]
    public void Domain_validation_problems_are_reported_too()
    {
        var bytes = Workbook(NodeHeader, [
            ["1", 1, "Lĩnh vực", null, 3m],
            ["1.1", 2, "Tiêu chí", null, 1m, null, "passFail"],
        ]);

        var problem = Assert.Single(Assert.Throws<ImportException>(() => FrameworkXlsx.Read(bytes, "f.xlsx")).Problems);

        Assert.Equal("1", problem.Node);
        Assert.Contains("add up to 1, not 3", problem.Says.In(Language.En));
    }

    [Fact]
    public void Corrupt_files_raise_import_exceptions()
    {
        var noise = new byte[512];
        new Random(7).NextBytes(noise);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            archive.CreateEntry("readme.txt");

        Assert.Throws<ImportException>(() => FrameworkXlsx.Read(noise, "noise.xlsx"));
        Assert.Throws<ImportException>(() => FrameworkXlsx.Read(zip.ToArray(), "zip.xlsx"));
    }

    [Fact]
    public void Framework_files_render_and_load_xlsx_by_extension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.xlsx");
        try
        {
            File.WriteAllBytes(path, FrameworkFiles.Render(Everything(), path));
            Assert.Equal(FrameworkJson.Write(Everything()), FrameworkJson.Write(FrameworkFiles.Load(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A valid framework using every rule kind and every optional field.</summary>
    private static Framework Everything()
    {
        var tiersOnRatio = new TierScale(TierBasis.Ratio, [
            new Tier(0.9m, 2m, Max: 1m, MaxInclusive: true),
            new Tier(0.7m, 1m, Max: 0.9m),
            new Tier(0m, 0.5m, Max: 0.7m, MinExclusive: true),
            new Tier(0m, 0m, Max: 0m, MaxInclusive: true),
        ]);
        var tiersOnCount = new TierScale(TierBasis.Count, [new Tier(5m, 1m), new Tier(1m, 0.5m), new Tier(0m, 0m)]);
        var surveyTiers = new TierScale(TierBasis.Ratio, [new Tier(0.8m, 1m), new Tier(0.5m, 0.5m), new Tier(0m, 0m)]);
        FrameworkNode Leaf(string code, string name, decimal max, ScoringRule rule) => FrameworkNode.Leaf(code, name, max, rule);

        var plan = new FrameworkNode("1.1", "Kế hoạch", 4m, [
            new FrameworkNode("1.1.1", "Kế hoạch được phê duyệt", 1m, [], new PassFailRule(),
                NameEn: "Plan approved", Guidance: "Có quyết định phê duyệt", Evidence: new EvidenceRequirement(true, "Quyết định phê duyệt kế hoạch")),
            new FrameworkNode("1.1.2", "Ban hành kế hoạch", 1m, [], new OptionsRule([
                new ScoreOption("ontime", "Ban hành đúng hạn", 1m, "On time"),
                new ScoreOption("late", "Ban hành chậm", 0.5m),
                new ScoreOption("none", "Không ban hành", 0m),
            ]), Evidence: new EvidenceRequirement(false)),
            new FrameworkNode("1.1.3", "Tỷ lệ nhiệm vụ hoàn thành", 2m, [], new TiersRule(tiersOnRatio),
                Evidence: new EvidenceRequirement(false, "Báo cáo kết quả")),
            Leaf("1.1.4", "Số tin bài tuyên truyền", 1m, new TiersRule(tiersOnCount)),
        ], CapAtMax: true);
        var services = FrameworkNode.Inner("1.2", "Dịch vụ công", 6m,
            Leaf("1.2.1", "Tỷ lệ thủ tục trực tuyến", 1m, new ProportionalRule()),
            Leaf("1.2.2", "Văn bản trái pháp luật", 1m, new DeductionRule(0.25m, 0.25m)),
            Leaf("1.2.3", "Sáng kiến", 1m, new ManualRule(0.25m)),
            Leaf("1.2.4", "Đánh giá chung", 1m, new ManualRule()),
            Leaf("1.2.5", "Hài lòng về thủ tục", 1m, new SurveyRule("SIPAS.2", SurveyMode.Proportional)),
            Leaf("1.2.6", "Hài lòng về công chức", 1m, new SurveyRule("SIPAS.3", SurveyMode.Tiers, surveyTiers)));
        var direction = new FrameworkNode("1", "Công tác chỉ đạo, điều hành", 10m, [
            plan,
            services,
            Leaf("1.3", "Điểm thưởng sáng kiến", 1m, new BonusRule(1m, PerItem: 0.5m, Floor: -0.5m)),
            Leaf("1.4", "Điểm thưởng khác", 2m, new BonusRule(2m)),
        ], NameEn: "Direction", Guidance: "Dòng một\r\nDòng hai");
        var second = FrameworkNode.Inner("2", "Thể chế", 5m, Leaf("2.1", "Đạt yêu cầu", 5m, new PassFailRule()));

        return new Framework("PAR-THU", "Bộ chỉ số thử nghiệm", "Sở, ban, ngành",
            [new Band("Xuất sắc", 90m, "Excellent"), new Band("Tốt", 80.5m), new Band("Yếu", 0m, "Weak")],
            [direction, second], [2024, 2025], "Quyết định 876/QĐ-BNV", "Trial index");
    }

    /// <summary>A workbook with the given node sheet and valid metadata and bands.</summary>
    private static byte[] Workbook(IReadOnlyList<object?> header, object?[][] rows) => XlsxWriter.Write([
        new Sheet("Bộ chỉ số", [header, .. rows]),
        new Sheet("Thông tin", [new object?[] { "Trường", "Giá trị" }, new object?[] { "code", "PAR-X" }, new object?[] { "name", "Thử" }, new object?[] { "group", "Xã" }]),
        new Sheet("Xếp loại", [new object?[] { "Xếp loại", "Từ (%)" }, new object?[] { "Tốt", 0m }]),
    ]);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ParIndex.slnx"))) return dir.FullName;
        throw new InvalidOperationException("ParIndex.slnx not found above " + AppContext.BaseDirectory);
    }
}
