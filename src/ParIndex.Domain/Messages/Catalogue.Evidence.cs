namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> EvidenceTexts() =>
    [
        ("evidence.empty", "Tệp rỗng, không có nội dung.", "The file is empty."),
        ("evidence.too-large", "Tệp quá lớn: tối đa {0} MB.", "The file is too large: at most {0} MB."),
        ("evidence.expands-too-much", "Tệp nén bung ra quá lớn hoặc có quá nhiều thành phần.", "The compressed file expands too much or holds too many entries."),
        ("evidence.type-not-allowed", "Loại tệp không được chấp nhận: chỉ nhận PDF, ảnh (PNG, JPEG, GIF, WebP, TIFF), Word, Excel, PowerPoint và OpenDocument.",
            "This type of file is not accepted: only PDF, images (PNG, JPEG, GIF, WebP, TIFF), Word, Excel, PowerPoint and OpenDocument are."),
        ("evidence.active-content", "Tệp PDF có mã lệnh tự chạy (JavaScript, mở chương trình) không được chấp nhận; hãy in lại thành PDF thường.",
            "PDFs with active content (JavaScript, launch actions) are not accepted; print the document again to a plain PDF."),
        ("evidence.unreadable-pdf", "Tệp PDF bị hỏng, không đọc được; hãy in hoặc lưu lại thành PDF.",
            "The PDF is damaged and cannot be read; print or save the document again as a PDF."),
        ("evidence.macros", "Tệp có macro (VBA) không được chấp nhận; hãy lưu lại không kèm macro (.docx, .xlsx, .pptx).",
            "Files with macros (VBA) are not accepted; save them without macros (.docx, .xlsx, .pptx)."),
        ("evidence.appeal-only-when-appraised", "Chỉ bổ sung tài liệu cho giải trình khi hồ sơ đã thẩm định và đang trong thời hạn giải trình",
            "Documents for an appeal are added once the submission is appraised, during the appeal window"),
        ("evidence.appeal-window-closed", "Đã hết hạn giải trình {0}", "The appeal window closed at {0}"),
        ("evidence.leaf-empty", "Mã tiêu chí thành phần để trống", "A sub-criterion code is empty"),
        ("evidence.not-a-leaf", "{0} là lĩnh vực hoặc tiêu chí, không phải tiêu chí thành phần; hãy gắn tài liệu vào tiêu chí thành phần",
            "{0} is an area or a criterion, not a sub-criterion; attach evidence to sub-criteria"),
        ("evidence.other-unit", "Tài liệu kiểm chứng {0} thuộc đơn vị khác, không gắn được vào hồ sơ của {1}",
            "The evidence document {0} belongs to another unit and cannot be used in the submission of {1}"),
        ("evidence.no-document", "Không có tài liệu kiểm chứng {0}", "There is no evidence document {0}"),
        ("evidence.no-leaf-chosen", "Chưa chọn tiêu chí thành phần nào", "No sub-criterion was chosen"),
        ("evidence.needs-something", "Tài liệu kiểm chứng cần có tệp đính kèm, hoặc ít nhất số văn bản hay trích yếu",
            "Evidence needs a file, or at least a document number or a summary"),
        ("evidence.issued-in-future", "Ngày ban hành {0} sau ngày hôm nay {1}", "The issue date {0} is after today {1}"),
        ("evidence.number", "Số văn bản", "The document number"),
        ("evidence.issuer", "Cơ quan ban hành", "The issuer"),
        ("evidence.summary", "Trích yếu", "The summary"),
        ("evidence.file-missing", "tệp không có trong kho", "the file is missing from the store"),
        ("evidence.size-differs", "tệp dài {0} byte, tài liệu ghi {1}", "the file has {0} bytes, the document says {1}"),
        ("evidence.hash-differs", "nội dung tệp không khớp mã băm (tệp bị hỏng)", "the content does not match its hash (the file is damaged)"),
        ("evidence.damaged-file", "{0} (tài liệu {1}): {2}", "{0} (document {1}): {2}"),
        ("text.too-long", "{0} dài quá {1} ký tự", "{0} is longer than {1} characters"),
        ("text.longer-than-column", "dài {0} ký tự, quá {1}", "{0} characters long, over {1}"),
        ("text.nul", "có ký tự NUL (U+0000), không phải văn bản", "a NUL character (U+0000), which is not text"),
        ("text.field", "{0}: {1}", "{0}: {1}"),
    ];
}
