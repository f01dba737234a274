namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    /// <summary>The web's error pages and the refusals pages make themselves (sign-in, a form's own checks).</summary>
    private static IEnumerable<(string Code, string Vi, string En)> ErrorTexts() =>
    [
        ("error.forbidden", "Không có quyền truy cập (403)", "Access refused (403)"),
        ("error.forbidden-text", "Bạn không có quyền xem trang này.", "You may not see this page."),
        ("error.not-found", "Không tìm thấy (404)", "Not found (404)"),
        ("error.not-found-text", "Địa chỉ này không có trên ParIndex.", "This address does not exist on ParIndex."),
        ("error.too-large", "Tệp quá lớn (413)", "File too large (413)"),
        ("error.too-large-text", "Nội dung gửi lên lớn hơn mức hệ thống nhận (tài liệu kiểm chứng tối đa 50 MB, tệp nhập tối đa 20 MB); không có gì được lưu. Hãy quay lại trang trước và chọn tệp nhỏ hơn.", "What was sent is larger than the system accepts (evidence files up to 50 MB, imports up to 20 MB); nothing was stored. Go back to the previous page and choose a smaller file."),
        ("error.busy", "Hệ thống đang bận (503)", "The system is busy (503)"),
        ("error.busy-text", "Có quá nhiều yêu cầu cùng lúc; xin thử lại sau ít phút.", "Too many requests at once; please try again in a few minutes."),
        ("error.other", "Đã có lỗi ({0})", "Something went wrong ({0})"),
        ("error.other-text", "Hệ thống gặp lỗi; xin thử lại sau.", "The system met an error; please try again later."),
        ("error.signed-in-as", "Bạn đang đăng nhập là {0} ({1}).", "You are signed in as {0} ({1})."),
        ("error.next", "Bạn có thể:", "You can:"),
        ("error.home", "Về trang làm việc của bạn", "Go back to your work"),
        ("error.sign-in-other", "Đăng xuất để đăng nhập bằng tài khoản khác", "Sign out to sign in as another user"),
        ("error.sign-in", "Đăng nhập", "Sign in"),
        ("error.results", "Xem kết quả đã công bố", "See the published results"),
        ("signin.waiting", "Đăng nhập sai nhiều lần; hãy thử lại sau {0} phút.", "Too many failed sign-ins; try again in {0} minute(s)."),
        ("signin.locked", "Tài khoản này đã bị khóa; hãy liên hệ quản trị hệ thống.", "This account is locked; contact the administrator."),
        ("signin.wrong", "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong username or password."),
        ("form.no-item", "Không có mục {0}", "There is no item {0}"),
        ("form.ratio-half", "Hãy nhập cả tử số và mẫu số", "Enter both the numerator and the denominator"),
        ("form.units-only", "Chỉ cán bộ và lãnh đạo đơn vị tự đánh giá", "Only a unit's officers and leader self-assess"),
        ("form.bands", "thang xếp loại", "bands"),
        ("form.band-line", "{0} không có dạng “tên: ngưỡng”, ví dụ “Tốt: 80”", "{0} is not “label: lower bound”, e.g. “Good: 80”"),
        ("form.token-days", "Thời hạn là một số ngày, từ 1 đến 365", "The validity is a number of days, 1 to 365"),
    ];
}
