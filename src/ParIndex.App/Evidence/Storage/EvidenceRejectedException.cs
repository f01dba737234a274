using System.Globalization;

namespace ParIndex.App.Evidence.Storage;

/// <summary>An upload the evidence store refused; the message is shown to the user (Vietnamese, then English).</summary>
public sealed class EvidenceRejectedException(EvidenceRejectionReason reason, string message) : Exception(message)
{
    public EvidenceRejectionReason Reason { get; } = reason;

    internal static EvidenceRejectedException Empty() =>
        new(EvidenceRejectionReason.Empty, "Tệp rỗng, không có nội dung. / The file is empty.");

    internal static EvidenceRejectedException TooLarge(long maxBytes)
    {
        var megabytes = maxBytes / (1024m * 1024m);
        var vi = megabytes.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));
        var en = megabytes.ToString("0.#", CultureInfo.InvariantCulture);
        return new(EvidenceRejectionReason.TooLarge, $"Tệp quá lớn: tối đa {vi} MB. / File too large: at most {en} MB.");
    }

    internal static EvidenceRejectedException ExpandsTooMuch() =>
        new(EvidenceRejectionReason.TooLarge,
            "Tệp nén bung ra quá lớn hoặc có quá nhiều thành phần. / The compressed file expands too much or holds too many entries.");

    internal static EvidenceRejectedException TypeNotAllowed() =>
        new(EvidenceRejectionReason.TypeNotAllowed,
            "Loại tệp không được chấp nhận: chỉ nhận PDF, ảnh (PNG, JPEG, GIF, WebP, TIFF), Word, Excel, PowerPoint và OpenDocument. "
            + "/ File type not allowed: only PDF, images (PNG, JPEG, GIF, WebP, TIFF), Word, Excel, PowerPoint and OpenDocument are accepted.");

    internal static EvidenceRejectedException ActiveContent() =>
        new(EvidenceRejectionReason.TypeNotAllowed,
            "Tệp PDF có mã lệnh tự chạy (JavaScript, mở chương trình) không được chấp nhận; hãy in lại thành PDF thường. "
            + "/ PDFs with active content (JavaScript, launch actions) are not allowed; print the document again to a plain PDF.");

    internal static EvidenceRejectedException UnreadablePdf() =>
        new(EvidenceRejectionReason.TypeNotAllowed,
            "Tệp PDF bị hỏng, không đọc được; hãy in hoặc lưu lại thành PDF. "
            + "/ The PDF is damaged and cannot be read; print or save the document again as a PDF.");

    internal static EvidenceRejectedException MacrosNotAllowed() =>
        new(EvidenceRejectionReason.TypeNotAllowed,
            "Tệp có macro (VBA) không được chấp nhận; hãy lưu lại không kèm macro (.docx, .xlsx, .pptx). "
            + "/ Files with macros (VBA) are not allowed; save them without macros (.docx, .xlsx, .pptx).");
}
