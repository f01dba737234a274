namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> ProgressTexts() =>
    [
        ("progress.importing-responses", "Đang nhập phiếu trả lời", "Importing responses"),
        ("progress.computing", "Đang đọc điểm và tính", "Reading scores and computing"),
        ("progress.writing-workbook", "Đang ghi sổ tính", "Writing the workbook"),
    ];
}
