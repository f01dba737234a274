using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.Domain.Text;

namespace ParIndex.App.Features.Scoreboard;

/// <summary>Reading and describing the rows of a scoreboard file.</summary>
public static class ScoreboardFile
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 200;
    public const int MaxSourceLength = 500;

    /// <summary>Each column by its English name, as the other imports name theirs, and the Vietnamese one also accepted.</summary>
    private static readonly (string En, string Vi)[] Columns =
    [
        ("index", "chi_so"), ("name", "ten"), ("year", "nam"), ("score", "diem"), ("rank", "hang"), ("out_of", "tren_tong"), ("source", "nguon"),
    ];

    public sealed record ScoreRow(TableRow Row, ExternalIndexScore Score, int ScoreColumn);

    /// <summary>The rows without problems; the problems of the others are added to <paramref name="problems"/>.</summary>
    public static List<ScoreRow> Read(Table table, List<ImportProblem> problems)
    {
        var columns = Columns.Select(c => table.Column(c.En) is >= 0 and var i ? i : table.Column(c.Vi)).ToArray();
        for (var i = 0; i < Columns.Length; i++)
            if (columns[i] < 0)
                problems.Add(new ImportProblem(table.File,
                    $"thiếu cột '{Excerpt.Of(Columns[i].En)}' (hoặc '{Excerpt.Of(Columns[i].Vi)}') / missing column '{Excerpt.Of(Columns[i].En)}' (or '{Excerpt.Of(Columns[i].Vi)}') (header: {Excerpt.Of(string.Join(",", table.Header))})",
                    1, Sheet: table.Sheet));
        ImportException.ThrowIfAny(problems);
        int index = columns[0], name = columns[1], year = columns[2], score = columns[3], rank = columns[4], outOf = columns[5], source = columns[6];
        var nameEn = table.Column("name_en") is >= 0 and var e ? e : table.Column("ten_en");

        var rows = new List<ScoreRow>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var row in table.Rows)
        {
            var ok = true;
            void Problem(int column, string message) { problems.Add(table.Problem(row, column, message)); ok = false; }

            var code = row.Cell(index).ToUpperInvariant();
            if (code.Length == 0) Problem(index, "Mã chỉ số trống / The index code is empty");
            else if (code.Length > MaxCodeLength) Problem(index, $"Mã chỉ số dài quá {MaxCodeLength} ký tự / The index code is longer than {MaxCodeLength} characters");
            else if (!code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
                Problem(index, $"Mã chỉ số '{Excerpt.Of(code)}' chỉ được có chữ, số, '_' và '-' (ví dụ PAR_INDEX) / The index code '{Excerpt.Of(code)}' may only hold letters, digits, '_' and '-' (e.g. PAR_INDEX)");

            var n = row.Cell(name);
            if (n.Length == 0) Problem(name, $"Chỉ số {code} không có tên / Index {code} has no name");
            else if (n.Length > MaxNameLength) Problem(name, $"Tên chỉ số dài quá {MaxNameLength} ký tự / The index name is longer than {MaxNameLength} characters");
            var en = nameEn >= 0 ? row.Cell(nameEn) : "";
            if (en.Length > MaxNameLength) Problem(nameEn, $"Tên tiếng Anh dài quá {MaxNameLength} ký tự / The English name is longer than {MaxNameLength} characters");

            var yearText = row.Cell(year);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2200)
                Problem(year, $"'{Excerpt.Of(yearText)}' không phải năm (1990–2200) / '{Excerpt.Of(yearText)}' is not a year (1990–2200)");
            else if (code.Length > 0 && seen.TryGetValue((code, y), out var first))
                Problem(year, $"{code} năm {y} xuất hiện hai lần (lần đầu ở dòng {first}) / {code} {y} is listed twice (first on line {first})");
            else if (code.Length > 0) seen[(code, y)] = row.Line;

            var scoreText = row.Cell(score);
            if (!decimal.TryParse(scoreText.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) || s >= 100000m)
                Problem(score, $"'{Excerpt.Of(scoreText)}' không phải điểm (số không âm, ví dụ 85,73 hoặc 85.73) / '{Excerpt.Of(scoreText)}' is not a score (a non-negative number, e.g. 85.73)");
            else if (decimal.Round(s, 4) != s) Problem(score, $"Điểm '{Excerpt.Of(scoreText)}' có quá 4 chữ số thập phân / The score '{Excerpt.Of(scoreText)}' has more than 4 decimals");

            int? Whole(int column, string vi, string en)
            {
                var text = row.Cell(column);
                if (text.Length == 0) return null;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0) return v;
                Problem(column, $"'{Excerpt.Of(text)}' không phải {vi} (số nguyên dương) / '{Excerpt.Of(text)}' is not {en} (a positive whole number)");
                return null;
            }
            var r = Whole(rank, "thứ hạng", "a rank");
            var of = Whole(outOf, "tổng số tỉnh xếp hạng", "the number of provinces ranked");
            if (r is not null && of is not null && r > of)
                Problem(rank, $"Hạng {r} lớn hơn tổng số {of} / Rank {r} is beyond the {of} ranked");
            if (r is null && of is not null)
                Problem(rank, $"Có tổng số {of} mà không có hạng / The number ranked ({of}) is given without a rank");

            var src = row.Cell(source);
            if (src.Length == 0) Problem(source, $"{code} năm {yearText}: cần ghi nguồn (cơ quan công bố, địa chỉ hoặc số quyết định) / {code} {yearText}: the source is required (publisher, address or decision number)");
            else if (src.Length > MaxSourceLength) Problem(source, $"Nguồn dài quá {MaxSourceLength} ký tự / The source is longer than {MaxSourceLength} characters");

            if (ok)
                rows.Add(new ScoreRow(row, new ExternalIndexScore
                {
                    IndexCode = code, IndexName = n, IndexNameEn = en.Length == 0 ? null : en, Year = y, Score = s, Rank = r, OutOf = of, Source = src,
                }, score));
        }
        return rows;
    }

    public static bool Same(ExternalIndexScore a, ExternalIndexScore b) =>
        a.IndexName == b.IndexName && a.IndexNameEn == b.IndexNameEn && a.Score == b.Score && a.Rank == b.Rank && a.OutOf == b.OutOf && a.Source == b.Source;

    /// <summary>What is recorded, for a conflict: "điểm 62.5, hạng 12/63, nguồn Bộ Nội vụ".</summary>
    public static string Describe(ExternalIndexScore s) =>
        $"điểm/score {Text(s.Score)}" + (s.Rank is { } r ? $", hạng/rank {r}" + (s.OutOf is { } of ? $"/{of}" : "") : "") + $", nguồn/source {s.Source}";

    public static string AuditJson(ExternalIndexScore s) => JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["name"] = s.IndexName,
        ["name_en"] = s.IndexNameEn,
        ["score"] = Text(s.Score),
        ["rank"] = s.Rank?.ToString(CultureInfo.InvariantCulture),
        ["out_of"] = s.OutOf?.ToString(CultureInfo.InvariantCulture),
        ["source"] = s.Source,
    }, AuditOptions);

    /// <summary>Readable Vietnamese in the audit log, as the unit import writes it.</summary>
    private static readonly JsonSerializerOptions AuditOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string Text(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
