namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> ReaderTexts() =>
    [
        ("file.wrong-extension", "cần tệp .csv hoặc .xlsx, không phải {0}", "expected a .csv or .xlsx file, not {0}"),
        ("file.empty-csv", "tệp rỗng: cần một dòng tiêu đề", "the file is empty: expected a header line"),
        ("file.no-sheet", "bảng tính không có trang nào", "the workbook has no sheet"),
        ("file.empty-sheet", "trang tính rỗng: cần một hàng tiêu đề", "the sheet is empty: expected a header row"),
        ("file.missing-column", "thiếu cột {0} (dòng tiêu đề: {1})", "missing column {0} (header: {1})"),
        ("file.missing-column-or", "thiếu cột {0} (hoặc {1}) (dòng tiêu đề: {2})", "missing column {0} (or {1}) (header: {2})"),
        ("csv.utf16", "tệp là UTF-16, không phải UTF-8; hãy lưu dạng CSV UTF-8", "the file is UTF-16, not UTF-8; save it as CSV UTF-8"),
        ("csv.record-too-long", "một dòng dài hơn {0} MB (có thể một ô mở ngoặc kép mà không đóng)",
            "a record longer than {0} MB (perhaps a quoted field is never closed)"),
        ("csv.nul-not-utf8", "có ký tự NUL (U+0000): tệp không phải UTF-8 (có thể là UTF-16 hoặc tệp nhị phân)",
            "a NUL character (U+0000): the file is not UTF-8 (perhaps UTF-16 or a binary file)"),
        ("csv.not-utf8", "tệp không phải văn bản UTF-8 (sai bảng mã); hãy lưu dạng CSV UTF-8",
            "the file is not UTF-8 text (wrong encoding); save it as CSV UTF-8"),
        ("csv.unclosed-quote", "một ô mở ngoặc kép mà không đóng", "a quoted field is never closed"),
        ("csv.text-after-quote", "có chữ sau dấu ngoặc kép đóng", "unexpected text after a closing quote"),
    ];
}
