using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.App.Tests.Frameworks;

public sealed class FrameworkJsonTests
{
    /// <summary>The minimal shape other tools write (issue #2): it must always be accepted as it is.</summary>
    private const string Minimal = """
        {"code": "PAR-SO-2024", "name": "Chỉ số CCHC cấp sở 2024", "group": "Sở, ban, ngành",
         "bands": [{"label": "Xuất sắc", "min": 90}, {"label": "Tốt", "min": 80}, {"label": "Khá", "min": 70},
                   {"label": "Trung bình", "min": 50}, {"label": "Yếu", "min": 0}],
         "nodes": [{"code": "1", "name": "Công tác chỉ đạo, điều hành", "max": 4, "children": [
                    {"code": "1.1", "name": "Kế hoạch CCHC năm", "max": 1,
                     "rule": {"kind": "options", "options": [{"key": "ontime", "label": "Ban hành đúng hạn", "points": 1},
                                                            {"key": "late", "label": "Ban hành chậm", "points": 0.5},
                                                            {"key": "none", "label": "Không ban hành", "points": 0}]}},
                    {"code": "1.2", "name": "Tỷ lệ hoàn thành kế hoạch", "max": 2,
                     "rule": {"kind": "tiers", "tiers": [{"min": 0.9, "points": 2}, {"min": 0.7, "points": 1},
                                                        {"min": 0, "points": 0}]}},
                    {"code": "1.3", "name": "…", "max": 1, "rule": {"kind": "manual", "step": 0.25}}]}]}
        """;

    [Fact]
    public void The_minimal_shape_is_accepted_as_it_is()
    {
        var f = FrameworkJson.Read(Minimal, "min.json");
        Assert.Equal("PAR-SO-2024", f.Code);
        Assert.Equal("Sở, ban, ngành", f.Group);
        Assert.Equal(5, f.Bands.Count);
        var area = Assert.Single(f.Nodes);
        Assert.Equal(4m, area.Max);
        Assert.Equal(0.5m, Assert.IsType<OptionsRule>(area.Children[0].Rule).Options[1].Points);
        var tiers = Assert.IsType<TiersRule>(area.Children[1].Rule);
        Assert.Equal(TierBasis.Ratio, tiers.Scale.Basis);
        Assert.Equal(0.25m, Assert.IsType<ManualRule>(area.Children[2].Rule).Step);
    }

    [Fact]
    public void Writing_what_was_read_gives_the_same_framework_again()
    {
        var once = FrameworkJson.Write(FrameworkJson.Read(Minimal, "min.json"));
        Assert.Equal(once, FrameworkJson.Write(FrameworkJson.Read(once, "again.json")));
        Assert.Contains("\"name\": \"Chỉ số CCHC cấp sở 2024\"", once);
    }

    [Fact]
    public void Every_sample_framework_round_trips()
    {
        foreach (var file in Directory.GetFiles(Repo.Sample("frameworks"), "*.json"))
        {
            var text = File.ReadAllText(file);
            var written = FrameworkJson.Write(FrameworkJson.Read(text, file));
            Assert.Equal(written, FrameworkJson.Write(FrameworkJson.Read(written, file)));
        }
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path_and_node()
    {
        var json = """
            {"code": "X", "name": "X", "group": "G", "bands": [{"label": "A", "min": "ninety"}],
             "nodes": [{"code": "1", "name": "Một", "max": 2, "children": [
                 {"code": "1.1", "name": "a", "max": "one", "rule": {"kind": "passFail"}},
                 {"code": "1.2", "name": "b", "max": 1, "rule": {"kind": "sometimes"}},
                 {"code": "1.3", "name": "c", "max": 1, "colour": "red", "rule": {"kind": "manual"}}]}]}
            """;
        var e = Assert.Throws<ImportException>(() => FrameworkJson.Read(json, "bad.json"));
        var messages = e.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("bad.json: $.bands[0].min: expected a number, found the string \"ninety\"", messages);
        Assert.Contains("bad.json, tiêu chí 1.1: $.nodes[0].children[0].max: expected a number, found the string \"one\"", messages);
        Assert.Contains(messages, m => m.StartsWith("bad.json, tiêu chí 1.2: $.nodes[0].children[1].rule.kind: unknown rule kind 'sometimes'"));
        Assert.Contains("bad.json, tiêu chí 1.3: $.nodes[0].children[2].colour: unknown property", messages);
        Assert.Equal(4, messages.Count);
    }

    [Fact]
    public void Domain_validation_problems_come_back_located_by_node()
    {
        var json = Minimal.Replace("\"max\": 4", "\"max\": 5");
        var e = Assert.Throws<ImportException>(() => FrameworkJson.Read(json, "sum.json"));
        Assert.Equal("sum.json, tiêu chí 1: điểm tối đa của các mục con cộng lại là 4, không phải 5", Assert.Single(e.Problems).ToString());
        Assert.Equal("sum.json, criterion 1: the children's maxima add up to 4, not 5", Assert.Single(e.Problems).In(Language.En));
    }

    [Fact]
    public void Malformed_json_reports_its_line()
    {
        var e = Assert.Throws<ImportException>(() => FrameworkJson.Read("{\n\"code\": \"X\",\n\"name\": }", "broken.json"));
        Assert.Equal(3, Assert.Single(e.Problems).Line);
    }

    [Fact]
    public void A_NUL_escape_in_any_string_or_name_is_refused_at_its_path()
    {
        var json = """{"code": "X", "name": "Bộ\u0000chỉ số", "group": "Sở", "bands": [{"label": "Tốt", "min": 0}], "nodes": [{"code": "1", "name": "Lĩnh vực", "max": 1, "children": [{"code": "1.1", "name": "Tiêu chí", "max": 1, "rule": {"kind": "manual", "x\u0000": 1}}]}]}""";
        var e = Assert.Throws<ImportException>(() => FrameworkJson.Read(json, "nul.json"));
        Assert.Equal([
            "nul.json: $.name: có ký tự NUL (U+0000), không phải văn bản",
            "nul.json: $.nodes[0].children[0].rule: có ký tự NUL (U+0000), không phải văn bản",
        ], e.Problems.Select(p => p.ToString()));
    }
}
