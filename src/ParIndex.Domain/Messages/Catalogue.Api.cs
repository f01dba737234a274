namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> ApiTexts() =>
    [
        ("api.forbidden", "Không có quyền", "Forbidden"),
        ("api.not-found", "Không tìm thấy", "Not found"),
        ("api.conflict", "Xung đột phiên bản", "Edit conflict"),
        ("api.not-now", "Không thực hiện được ở bước này", "Not allowed at this step"),
        ("api.invalid", "Dữ liệu không hợp lệ", "Invalid data"),
        ("api.needs-json", "Cần thân JSON", "A JSON body is needed"),
        ("api.needs-json-detail", "Gửi dữ liệu dạng JSON với Content-Type: application/json (có thể là {})",
            "Send a JSON body with Content-Type: application/json ({} will do)"),
        ("api.bad-request", "Yêu cầu không hợp lệ", "Bad request"),
        ("api.bad-request-detail", "Không đọc được yêu cầu: thân JSON sai cú pháp, thiếu hoặc sai kiểu trường, hay tham số không hợp lệ",
            "The request could not be read: malformed JSON, a missing or mistyped field, or a bad parameter"),
        ("api.no-address", "Không có địa chỉ này trong API", "No such address in the API"),
        ("api.method-not-allowed", "Phương thức không được phép", "Method not allowed"),
        ("api.error", "Lỗi", "Error"),
        ("api.server-error", "Lỗi hệ thống", "Server error"),
        ("api.server-error-detail", "Hệ thống gặp lỗi; xin thử lại sau", "Something went wrong; please try again later"),
        ("api.not-authenticated", "Chưa xác thực", "Not authenticated"),
        ("api.not-authenticated-detail", "Cần mã truy cập hợp lệ (Authorization: Bearer …) hoặc đăng nhập; mã đã thu hồi hoặc hết hạn không dùng được",
            "A valid token (Authorization: Bearer …) or a sign-in is needed; a revoked or expired token does not work"),
        ("api.antiforgery", "Thiếu mã chống giả mạo", "Antiforgery token missing"),
        ("api.antiforgery-detail", "Khi gọi API bằng phiên đăng nhập của trình duyệt, gửi mã chống giả mạo của trang trong tiêu đề RequestVerificationToken; phần mềm hãy dùng Authorization: Bearer …",
            "With the browser's sign-in, send the page's antiforgery token in the RequestVerificationToken header; software should use Authorization: Bearer …"),
        ("api.bad-parameters", "Tham số không hợp lệ", "Bad parameters"),
        ("api.analysis-parameters", "noise là phần trăm trong [0, 100), draws trong [0, 20000]", "noise is a percentage in [0, 100), draws in [0, 20000]"),
        ("api.choose-group", "Chọn khối bằng ?group=", "Choose a group with ?group="),
        ("api.csv-needed", "cần nội dung tệp CSV", "the CSV text is needed"),
        ("api.choose-one", "{0}: chọn một trong {1}", "{0}: use one of {1}"),
    ];
}
