using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Text;

namespace ParIndex.App.Frameworks;

/// <summary>
/// The Excel framework format, the form in which provinces publish a framework: sheet "Bộ chỉ số" with one row per
/// node in pre-order (structure from the level column), "Thông tin" with the metadata and "Xếp loại" with the bands.
/// Rule parameters are the rule's JSON (<see cref="RuleJson"/>) without its kind. Reading reports every problem at
/// once, located by sheet, row, column and node code, then validates the framework like the JSON format does.
/// </summary>
public static class FrameworkXlsx
{
    public const string NodesSheet = "Bộ chỉ số";
    public const string InfoSheet = "Thông tin";
    public const string BandsSheet = "Xếp loại";

    private const string Code = "Mã";
    private const string Level = "Cấp";
    private const string Name = "Tên";
    private const string NameEn = "Tên tiếng Anh";
    private const string Max = "Điểm tối đa";
    private const string CapAtMax = "Giới hạn tối đa";
    private const string Content = "Nội dung";
    private const string Floor = "Điểm thấp nhất";
    private const string CapTotal = "Tổng không vượt tối đa";
    private const string Kind = "Cách chấm";
    private const string Parameters = "Tham số";
    private const string Guidance = "Hướng dẫn";
    private const string EvidenceRequired = "Yêu cầu kiểm chứng";
    private const string EvidenceWhat = "Tài liệu kiểm chứng";
    private const string Description = "Mô tả cách chấm";
    private const string Field = "Trường";
    private const string Value = "Giá trị";
    private const string Band = "Xếp loại";
    private const string BandMin = "Từ (%)";

    private static readonly string[] NodeHeaders =
        [Code, Level, Name, NameEn, Max, CapAtMax, Kind, Parameters, Guidance, EvidenceRequired, EvidenceWhat, Description, Content, Floor, CapTotal];

    private static readonly string[] InfoFields = ["code", "name", "nameEn", "group", "years", "legalBasis"];

    private static readonly JsonSerializerOptions CompactJson = new(Json.Options) { WriteIndented = false };

    public static Framework Read(byte[] bytes, string file)
    {
        var sheets = XlsxReader.Read(bytes, file);
        var problems = new Problems(file);
        var nodes = Find(sheets, NodesSheet, problems) is { } n ? ReadNodes(n, problems) : [];
        var info = Find(sheets, InfoSheet, problems) is { } i ? ReadInfo(i, problems) : null;
        var bands = Find(sheets, BandsSheet, problems) is { } b ? ReadBands(b, problems) : [];
        ImportException.ThrowIfAny(problems.List);

        var framework = new Framework(info!.Code, info.Name, info.Group, bands, nodes, info.Years, info.LegalBasis, info.NameEn);
        return FrameworkFiles.Validated(framework, file);
    }

    public static byte[] Write(Framework framework) => XlsxWriter.Write(Sheets(framework));

    /// <summary>The three sheets of the format, for a workbook that adds its own (an import template's help).</summary>
    public static IReadOnlyList<Sheet> Sheets(Framework framework)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var nodeRows = new List<IReadOnlyList<object?>> { NodeHeaders };
        foreach (var area in framework.Nodes) AddNode(nodeRows, area, 1);

        var infoRows = new List<IReadOnlyList<object?>> { new object?[] { Field, Value } };
        void Info(string field, string? value)
        {
            if (value is not null) infoRows.Add([field, value]);
        }
        Info("code", framework.Code);
        Info("name", framework.Name);
        Info("nameEn", framework.NameEn);
        Info("group", framework.Group);
        Info("years", framework.Years is { Count: > 0 } years ? string.Join(", ", years) : null);
        Info("legalBasis", framework.LegalBasis);

        var bandRows = new List<IReadOnlyList<object?>> { new object?[] { Band, NameEn, BandMin } };
        bandRows.AddRange(framework.Bands.Select(b => new object?[] { b.Label, b.LabelEn, b.Min }));

        return [new Sheet(NodesSheet, nodeRows), new Sheet(InfoSheet, infoRows), new Sheet(BandsSheet, bandRows)];
    }

    private static void AddNode(List<IReadOnlyList<object?>> rows, FrameworkNode node, int level)
    {
        rows.Add([
            node.Code, level, node.Name, node.NameEn, node.Max, node.CapAtMax ? "x" : null,
            node.Rule?.Kind, node.Rule is null ? null : ParametersOf(node.Rule),
            node.Guidance,
            node.Evidence switch
            {
                { Required: true } => "x",
                // Says "there is an evidence entry" when nothing else would, so it survives a round trip.
                { Required: false, What: null } => "không",
                _ => null,
            },
            node.Evidence?.What,
            node.Rule is null ? null : Describe(node.Rule, node.Max),
            node.Content == ContentKind.Area ? null : FrameworkJson.ContentName(node.Content),
            node.Floor == 0 ? null : node.Floor,
            node.CapTotal ? "x" : null,
        ]);
        foreach (var child in node.Children) AddNode(rows, child, level + 1);
    }

    private static string? ParametersOf(ScoringRule rule)
    {
        var o = RuleJson.Write(rule);
        o.Remove("kind");
        return o.Count == 0 ? null : o.ToJsonString(CompactJson);
    }

    /// <summary>The rule for a human reader of the sheet; it is never read back.</summary>
    private static string? Describe(ScoringRule rule, decimal max) => rule switch
    {
        PassFailRule => $"Đạt = {Vi(max)}; không đạt = 0",
        OptionsRule r => "Chọn một: " + string.Join("; ", r.Options.Select(o => $"{o.Label} = {Vi(o.Points)}")),
        TiersRule r => (r.Scale.Basis == TierBasis.Count ? "Theo mức số lượng: " : "Theo mức tỷ lệ: ") + DescribeTiers(r.Scale),
        ProportionalRule => $"Tỷ lệ × {Vi(max)} điểm tối đa",
        DeductionRule r => $"{Vi(max)} điểm, trừ {Vi(r.PerOccurrence)} điểm mỗi trường hợp, thấp nhất {Vi(r.Floor)} điểm",
        BonusRule { PerItem: { } per } r => $"{Vi(per)} điểm mỗi nội dung, từ {Vi(r.Floor)} đến {Vi(r.Cap)} điểm (ngoài tổng điểm tối đa)",
        BonusRule r => $"Điểm thưởng/trừ chấm trực tiếp, từ {Vi(r.Floor)} đến {Vi(r.Cap)} điểm (ngoài tổng điểm tối đa)",
        ManualRule { Step: { } step } => $"Chấm trực tiếp từ 0 đến {Vi(max)} điểm, bước {Vi(step)}",
        ManualRule => $"Chấm trực tiếp từ 0 đến {Vi(max)} điểm",
        SurveyRule { Mode: SurveyMode.Tiers, Scale: { } scale } r => $"Theo khảo sát {r.Indicator}, theo mức tỷ lệ: {DescribeTiers(scale)}",
        SurveyRule r => $"Theo khảo sát {r.Indicator}: tỷ lệ × {Vi(max)} điểm tối đa",
        _ => null,
    };

    private static string DescribeTiers(TierScale scale) =>
        string.Join("; ", scale.Tiers.Select(t => $"{scale.DescribeVi(t)} = {Vi(t.Points)}"));

    private static string Vi(decimal value) => NumberText.Vi(value);

    private static SheetData? Find(IReadOnlyList<SheetData> sheets, string name, Problems problems)
    {
        var sheet = sheets.FirstOrDefault(s => Key(s.Name) == Key(name));
        if (sheet is null)
            problems.Add(name, null, null, null, $"the workbook has no sheet '{Excerpt.Of(name)}' (sheets: {string.Join(", ", sheets.Select(s => $"'{Excerpt.Of(s.Name)}'"))})");
        return sheet;
    }

    private static List<FrameworkNode> ReadNodes(SheetData sheet, Problems problems)
    {
        if (Header.Read(sheet, NodeHeaders, [Code, Name, Max, Kind], problems) is not { } header) return [];
        var roots = new List<Draft>();
        var path = new List<Draft>();
        foreach (var row in header.DataRows())
        {
            // Cells are checked left to right so a row's problems read in column order.
            var code = header.Cell(row, Code)?.Trim() ?? "";
            if (code.Length == 0) problems.Add(sheet.Name, row, header.Letter(Code), null, "the node has no code");
            var level = LevelOf(header, row, code, problems);
            if (level > path.Count + 1)
            {
                problems.Add(sheet.Name, row, header.Letter(Level), code.Length > 0 ? code : null, path.Count == 0
                    ? $"the first node must be at level 1 (an area), not level {level}"
                    : $"level {level} cannot follow level {path.Count}: a node is at most one level below the row above");
                level = path.Count + 1;
            }
            var draft = ReadNode(header, row, code, problems);
            if (level is null) continue;
            path.RemoveRange(level.Value - 1, path.Count - (level.Value - 1));
            (path.Count == 0 ? roots : path[^1].Children).Add(draft);
            path.Add(draft);
        }
        return [.. roots.Select(d => d.Build())];
    }

    private static Draft ReadNode(Header header, int row, string code, Problems problems)
    {
        var node = code.Length > 0 ? code : null;
        void Problem(string column, string message) => problems.Add(header.Sheet.Name, row, header.Letter(column), node, message);

        var name = header.Cell(row, Name);
        if (string.IsNullOrWhiteSpace(name)) Problem(Name, "the node has no name");

        var maxText = header.Cell(row, Max);
        decimal max = 0;
        if (string.IsNullOrWhiteSpace(maxText)) Problem(Max, "the maximum points are missing");
        else if (!TryNumber(maxText, out max)) Problem(Max, $"the maximum '{Excerpt.Of(maxText)}' is not a number (write e.g. 0.5)");

        var capAtMax = Flag(header, row, CapAtMax, node, problems) ?? false;
        var contentText = header.Cell(row, Content);
        var content = FrameworkJson.ParseContent(contentText);
        if (content is null) Problem(Content, $"'{contentText}' is not a content: area (lĩnh vực), survey (điều tra) or bonus (thưởng)");
        var floorText = header.Cell(row, Floor);
        decimal floor = 0;
        if (!string.IsNullOrWhiteSpace(floorText) && !TryNumber(floorText, out floor)) Problem(Floor, $"the floor '{floorText}' is not a number (write e.g. -5)");
        var capTotal = Flag(header, row, CapTotal, node, problems) ?? false;
        var required = Flag(header, row, EvidenceRequired, node, problems);
        var what = header.Cell(row, EvidenceWhat);
        var evidence = required is null && what is null ? null : new EvidenceRequirement(required ?? false, what);

        return new Draft(code, name ?? "", max, ReadRule(header, row, node, problems),
            header.Cell(row, NameEn), header.Cell(row, Guidance), evidence, capAtMax, content ?? ContentKind.Area, floor, capTotal);
    }

    private static int? LevelOf(Header header, int row, string code, Problems problems)
    {
        var text = header.Cell(row, Level);
        if (string.IsNullOrWhiteSpace(text))
        {
            // Codes such as "2.1.3" carry the level in their number of parts.
            var parts = code.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
            if (parts > 0) return parts;
            problems.Add(header.Sheet.Name, row, header.Letter(Level), null, "the level is missing and there is no code to infer it from");
            return null;
        }
        if (TryNumber(text, out var level) && level >= 1 && level <= 100 && decimal.Truncate(level) == level) return (int)level;
        problems.Add(header.Sheet.Name, row, header.Letter(Level), code.Length > 0 ? code : null,
            $"the level '{Excerpt.Of(text)}' is not 1 (area), 2 (criterion), 3 (sub-criterion) or deeper");
        return null;
    }

    private static ScoringRule? ReadRule(Header header, int row, string? node, Problems problems)
    {
        var kind = header.Cell(row, Kind)?.Trim();
        var parameters = header.Cell(row, Parameters);
        void Problem(string column, string message) => problems.Add(header.Sheet.Name, row, header.Letter(column), node, message);

        if (string.IsNullOrEmpty(kind))
        {
            if (!string.IsNullOrWhiteSpace(parameters) && parameters.Trim() != "{}")
                Problem(Parameters, $"parameters are given but column {header.Letter(Kind)} ({Kind}) names no rule kind");
            return null;
        }

        JsonDocument given;
        try
        {
            given = JsonDocument.Parse(string.IsNullOrWhiteSpace(parameters) ? "{}" : parameters, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            Problem(Parameters, $"the parameters are not valid JSON: {e.Message}");
            return null;
        }
        var rule = new ArrayBufferWriter<byte>();
        using (given)
        {
            if (given.RootElement.ValueKind != JsonValueKind.Object)
            {
                Problem(Parameters, "the parameters must be a JSON object such as {\"step\":0.25}");
                return null;
            }
            if (given.RootElement.TryGetProperty("kind", out _))
            {
                Problem(Parameters, $"leave \"kind\" out of the parameters: the rule kind is column {header.Letter(Kind)} ({Kind})");
                return null;
            }
            using var writer = new Utf8JsonWriter(rule);
            writer.WriteStartObject();
            writer.WriteString("kind", kind);
            foreach (var property in given.RootElement.EnumerateObject()) property.WriteTo(writer);
            writer.WriteEndObject();
        }

        var jsonProblems = new List<ImportProblem>();
        using var document = JsonDocument.Parse(rule.WrittenMemory);
        var fields = new JsonFields(document.RootElement, "$", problems.File, node, jsonProblems);
        var result = RuleJson.Read(fields, fields.String("kind"));
        fields.RejectUnknown();
        foreach (var p in jsonProblems)
        {
            // JsonFields prefixes the JSON path: "$.kind" is this row's kind cell, anything else a parameter.
            if (p.Message.StartsWith("$.kind: ", StringComparison.Ordinal)) Problem(Kind, p.Message["$.kind: ".Length..]);
            else Problem(Parameters, p.Message.StartsWith("$.", StringComparison.Ordinal) ? p.Message[2..] : p.Message);
        }
        return jsonProblems.Count == 0 ? result : null;
    }

    private static bool? Flag(Header header, int row, string column, string? node, Problems problems)
    {
        var text = header.Cell(row, column);
        switch (text?.Trim().ToLowerInvariant())
        {
            case null or "": return null;
            case "x" or "có" or "true" or "1": return true;
            case "không" or "false" or "0": return false;
            default:
                problems.Add(header.Sheet.Name, row, header.Letter(column), node, $"'{Excerpt.Of(text)}' should be \"x\" (yes) or empty (no)");
                return null;
        }
    }

    private static Info? ReadInfo(SheetData sheet, Problems problems)
    {
        if (Header.Read(sheet, [Field, Value], [Field, Value], problems) is not { } header) return null;
        var values = new Dictionary<string, (string? Value, int Row)>();
        foreach (var row in header.DataRows())
        {
            var field = header.Cell(row, Field)?.Trim() ?? "";
            var known = InfoFields.FirstOrDefault(f => Key(f) == Key(field));
            if (known is null)
                problems.Add(sheet.Name, row, header.Letter(Field), null, field.Length == 0
                    ? "the row names no field"
                    : $"unknown field '{Excerpt.Of(field)}' (one of {string.Join(", ", InfoFields)})");
            else if (values.ContainsKey(known))
                problems.Add(sheet.Name, row, header.Letter(Field), null, $"the field '{Excerpt.Of(known)}' is given twice");
            else
                values[known] = (header.Cell(row, Value), row);
        }

        string? Required(string field)
        {
            if (values.TryGetValue(field, out var v) && !string.IsNullOrWhiteSpace(v.Value)) return v.Value;
            problems.Add(sheet.Name, v.Row == 0 ? null : v.Row, v.Row == 0 ? null : header.Letter(Value), null, $"the field '{Excerpt.Of(field)}' is required");
            return null;
        }
        var code = Required("code");
        var name = Required("name");
        var group = Required("group");

        List<int>? years = null;
        if (values.TryGetValue("years", out var y) && !string.IsNullOrWhiteSpace(y.Value))
        {
            years = [];
            foreach (var part in y.Value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) years.Add(year);
                else problems.Add(sheet.Name, y.Row, header.Letter(Value), null, $"'{Excerpt.Of(part)}' is not a year: write years as \"2024, 2025\"");
        }
        return code is null || name is null || group is null
            ? null
            : new Info(code, name, group, years, values.GetValueOrDefault("legalBasis").Value, values.GetValueOrDefault("nameEn").Value);
    }

    private static List<Band> ReadBands(SheetData sheet, Problems problems)
    {
        var bands = new List<Band>();
        if (Header.Read(sheet, [Band, NameEn, BandMin], [Band, BandMin], problems) is not { } header) return bands;
        foreach (var row in header.DataRows())
        {
            var label = header.Cell(row, Band);
            if (string.IsNullOrWhiteSpace(label)) problems.Add(sheet.Name, row, header.Letter(Band), null, "the band has no label");
            var minText = header.Cell(row, BandMin);
            if (!TryNumber(minText, out var min))
                problems.Add(sheet.Name, row, header.Letter(BandMin), null, string.IsNullOrWhiteSpace(minText)
                    ? "the band's lower bound is missing"
                    : $"the lower bound '{Excerpt.Of(minText)}' is not a number (write e.g. 90)");
            else if (!string.IsNullOrWhiteSpace(label))
                bands.Add(new Band(label, min, header.Cell(row, NameEn)));
        }
        return bands;
    }

    private static bool TryNumber(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Headers and sheet names match whatever the case, surrounding spaces or Unicode normal form.</summary>
    private static string Key(string text) => text.Trim().Normalize(NormalizationForm.FormC).ToUpperInvariant();

    private sealed record Info(string Code, string Name, string Group, IReadOnlyList<int>? Years, string? LegalBasis, string? NameEn);

    /// <summary>A node being assembled from its row; its children arrive with the rows below it.</summary>
    private sealed record Draft(string Code, string Name, decimal Max, ScoringRule? Rule, string? NameEn, string? Guidance,
        EvidenceRequirement? Evidence, bool CapAtMax, ContentKind Content, decimal Floor, bool CapTotal)
    {
        public List<Draft> Children { get; } = [];

        public FrameworkNode Build() =>
            new(Code, Name, Max, [.. Children.Select(c => c.Build())], Rule, NameEn, Guidance, Evidence, CapAtMax, Content, Floor, CapTotal);
    }

    /// <summary>A sheet's header row: which column holds each known header, and the rows below it.</summary>
    private sealed class Header
    {
        private readonly Dictionary<string, int> _columns;
        private readonly int _row;

        private Header(SheetData sheet, int row, Dictionary<string, int> columns)
        {
            Sheet = sheet;
            _row = row;
            _columns = columns;
        }

        public SheetData Sheet { get; }

        /// <summary>The header found on the first non-empty row; null (with problems reported) when it is unusable.</summary>
        public static Header? Read(SheetData sheet, string[] known, string[] required, Problems problems)
        {
            var row = 0;
            while (row < sheet.Rows.Count && IsBlank(sheet.Rows[row])) row++;
            if (row == sheet.Rows.Count)
            {
                problems.Add(sheet.Name, null, null, null, $"the sheet is empty: expected a header row ({string.Join(", ", known)})");
                return null;
            }
            var columns = new Dictionary<string, int>();
            var cells = sheet.Rows[row];
            for (var c = 0; c < cells.Count; c++)
            {
                if (string.IsNullOrWhiteSpace(cells[c])) continue;
                var match = known.FirstOrDefault(k => Key(k) == Key(cells[c]!));
                if (match is null)
                    problems.Add(sheet.Name, row, CellRef.ColumnName(c), null, $"unknown column '{Excerpt.Of(cells[c])}' (expected {string.Join(", ", known)})");
                else if (!columns.TryAdd(match, c))
                    problems.Add(sheet.Name, row, CellRef.ColumnName(c), null, $"the column '{Excerpt.Of(match)}' appears twice");
            }
            var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
            foreach (var m in missing)
                problems.Add(sheet.Name, row, null, null, $"the column '{Excerpt.Of(m)}' is missing");
            return missing.Count == 0 ? new Header(sheet, row, columns) : null;
        }

        /// <summary>0-based indexes of the non-empty rows below the header; the Excel row number is one more.</summary>
        public IEnumerable<int> DataRows() =>
            Enumerable.Range(_row + 1, Math.Max(0, Sheet.Rows.Count - _row - 1)).Where(r => !IsBlank(Sheet.Rows[r]));

        public string? Cell(int row, string column) => _columns.TryGetValue(column, out var c) ? Sheet.Cell(row, c) : null;

        public string? Letter(string column) => _columns.TryGetValue(column, out var c) ? CellRef.ColumnName(c) : null;

        private static bool IsBlank(IReadOnlyList<string?> cells) => cells.All(string.IsNullOrWhiteSpace);
    }

    /// <summary>Every problem found, located; rows are handled 0-based and reported as Excel row numbers.</summary>
    private sealed class Problems(string file)
    {
        public string File { get; } = file;

        public List<ImportProblem> List { get; } = [];

        public void Add(string sheet, int? row, string? column, string? node, string message) =>
            List.Add(new ImportProblem(File, message, row is { } r ? r + 1 : null, column, sheet, node));
    }
}
