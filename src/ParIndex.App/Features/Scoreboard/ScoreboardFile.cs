using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.Domain.Messages;

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
                problems.Add(new ImportProblem(table.File, ReaderMessages.MissingColumnOr(Columns[i].En, Columns[i].Vi, string.Join(",", table.Header)),
                    1, Sheet: table.Sheet));
        ImportException.ThrowIfAny(problems);
        int index = columns[0], name = columns[1], year = columns[2], score = columns[3], rank = columns[4], outOf = columns[5], source = columns[6];
        var nameEn = table.Column("name_en") is >= 0 and var e ? e : table.Column("ten_en");

        var rows = new List<ScoreRow>();
        var seen = new Dictionary<(string, int), int>();
        foreach (var row in table.Rows)
        {
            var ok = true;
            void Problem(int column, Message message) { problems.Add(table.Problem(row, column, message)); ok = false; }

            var code = row.Cell(index).ToUpperInvariant();
            if (code.Length == 0) Problem(index, ScoreboardMessages.CodeEmpty());
            else if (code.Length > MaxCodeLength) Problem(index, ScoreboardMessages.CodeTooLong(MaxCodeLength));
            else if (!code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')) Problem(index, ScoreboardMessages.CodeCharacters(code));

            var n = row.Cell(name);
            if (n.Length == 0) Problem(name, ScoreboardMessages.NoName(code));
            else if (n.Length > MaxNameLength) Problem(name, ScoreboardMessages.NameTooLong(MaxNameLength));
            var en = nameEn >= 0 ? row.Cell(nameEn) : "";
            if (en.Length > MaxNameLength) Problem(nameEn, ScoreboardMessages.EnglishNameTooLong(MaxNameLength));

            var yearText = row.Cell(year);
            if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y) || y is < 1990 or > 2200)
                Problem(year, ScoreboardMessages.NotYear(yearText));
            else if (code.Length > 0 && seen.TryGetValue((code, y), out var first))
                Problem(year, ScoreboardMessages.Twice(code, y, first));
            else if (code.Length > 0) seen[(code, y)] = row.Line;

            var scoreText = row.Cell(score);
            if (!decimal.TryParse(scoreText.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var s) || s >= 100000m)
                Problem(score, ScoreboardMessages.NotScore(scoreText));
            else if (decimal.Round(s, 4) != s) Problem(score, ScoreboardMessages.TooManyDecimals(scoreText));

            int? Whole(int column, Func<string, Message> refused)
            {
                var text = row.Cell(column);
                if (text.Length == 0) return null;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0) return v;
                Problem(column, refused(text));
                return null;
            }
            var r = Whole(rank, ScoreboardMessages.NotRank);
            var of = Whole(outOf, ScoreboardMessages.NotRanked);
            if (r is { } ranked && of is { } all && ranked > all) Problem(rank, ScoreboardMessages.RankBeyond(ranked, all));
            if (r is null && of is { } total) Problem(rank, ScoreboardMessages.RankedWithoutRank(total));

            var src = row.Cell(source);
            if (src.Length == 0) Problem(source, ScoreboardMessages.NoSource(code, yearText));
            else if (src.Length > MaxSourceLength) Problem(source, ScoreboardMessages.SourceTooLong(MaxSourceLength));

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

    /// <summary>What is recorded, for a conflict: "điểm 62,5, hạng 12/63, nguồn Bộ Nội vụ".</summary>
    public static Message Describe(ExternalIndexScore s) => ScoreboardMessages.Held(s.Score, s.Rank, s.OutOf, s.Source);

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
