namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> LocationTexts() =>
    [
        ("text", "{0}", "{0}"),
        ("cli.nothing-written", "{0} lỗi; chưa ghi gì:", "{0} problem(s); nothing was written:"),
        ("where.sheet", "trang tính “{0}”", "sheet “{0}”"),
        ("where.row", "dòng {0}", "row {0}"),
        ("where.column", "cột {0}", "column {0}"),
        ("where.at", "{0}: {1}", "{0}: {1}"),
        ("where.typed", "“{0}”", "“{0}”"),
        ("where.cut", "“{0}…” ({1} ký tự)", "“{0}…” ({1} characters)"),
    ];
}
