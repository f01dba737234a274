namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> ScoreboardTexts() =>
    [
        ("scoreboard.code-empty", "Mã chỉ số trống", "The index code is empty"),
        ("scoreboard.code-too-long", "Mã chỉ số dài quá {0} ký tự", "The index code is longer than {0} characters"),
        ("scoreboard.code-characters", "Mã chỉ số {0} chỉ được có chữ, số, “_” và “-” (ví dụ PAR_INDEX)",
            "The index code {0} may only hold letters, digits, “_” and “-” (e.g. PAR_INDEX)"),
        ("scoreboard.no-name", "Chỉ số {0} không có tên", "Index {0} has no name"),
        ("scoreboard.name-too-long", "Tên chỉ số dài quá {0} ký tự", "The index name is longer than {0} characters"),
        ("scoreboard.name-en-too-long", "Tên tiếng Anh dài quá {0} ký tự", "The English name is longer than {0} characters"),
        ("scoreboard.not-year", "{0} không phải năm (1990–2200)", "{0} is not a year (1990–2200)"),
        ("scoreboard.twice", "{0} năm {1} xuất hiện hai lần (lần đầu ở dòng {2})", "{0} {1} is listed twice (first on line {2})"),
        ("scoreboard.not-score", "{0} không phải điểm (số không âm, ví dụ 85,73 hoặc 85.73)", "{0} is not a score (a non-negative number, e.g. 85,73 or 85.73)"),
        ("scoreboard.too-many-decimals", "Điểm {0} có quá 4 chữ số thập phân", "The score {0} has more than 4 decimals"),
        ("scoreboard.not-rank", "{0} không phải thứ hạng (số nguyên dương)", "{0} is not a rank (a positive whole number)"),
        ("scoreboard.not-ranked", "{0} không phải tổng số tỉnh xếp hạng (số nguyên dương)", "{0} is not the number of provinces ranked (a positive whole number)"),
        ("scoreboard.rank-beyond", "Hạng {0} lớn hơn tổng số {1}", "Rank {0} is beyond the {1} ranked"),
        ("scoreboard.ranked-without-rank", "Có tổng số {0} mà không có hạng", "The number ranked ({0}) is given without a rank"),
        ("scoreboard.no-source", "{0} năm {1}: cần ghi nguồn (cơ quan công bố, địa chỉ hoặc số quyết định)",
            "{0} {1}: the source is required (publisher, address or decision number)"),
        ("scoreboard.source-too-long", "Nguồn dài quá {0} ký tự", "The source is longer than {0} characters"),
        ("scoreboard.recorded", "{0} năm {1} đã có: {2}; chọn thay thế để ghi đè", "{0} {1} is already recorded: {2}; choose replace to overwrite it"),
        ("scoreboard.held", "điểm {0}, nguồn {1}", "score {0}, source {1}"),
        ("scoreboard.held-rank", "điểm {0}, hạng {1}, nguồn {2}", "score {0}, rank {1}, source {2}"),
        ("scoreboard.held-rank-of", "điểm {0}, hạng {1}/{2}, nguồn {3}", "score {0}, rank {1}/{2}, source {3}"),
    ];
}
