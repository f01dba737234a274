using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ParIndex.Web.Pages;

/// <summary>
/// Error pages in Vietnamese and English, never a stack trace. The page answers with the status it shows, whether the
/// status-code pages re-execute it for a refused GET or POST, or a reader opens <c>/loi/403</c> directly.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    /// <param name="code">From the address only: a re-executed POST whose form could not be read must still show its status.</param>
    public void OnGet([FromRoute] int code)
    {
        if (code is >= 400 and <= 599) Response.StatusCode = code;
        (Title, Message) = code switch
        {
            404 => ("Không tìm thấy trang (404)", "Địa chỉ này không có trên ParIndex. / This address does not exist."),
            403 => ("Không có quyền truy cập (403)", "Bạn không có quyền xem trang này. / You may not see this page."),
            503 => ("Hệ thống đang bận (503)", "Có quá nhiều yêu cầu cùng lúc; xin thử lại sau ít phút. / Too many requests at once; please try again in a few minutes."),
            _ => ("Đã có lỗi (" + code + ")", "Hệ thống gặp lỗi; xin thử lại sau. / Something went wrong; please try again later."),
        };
    }

    /// <summary>A refused or failed POST is re-executed here as a POST; it gets the same page.</summary>
    public void OnPost([FromRoute] int code) => OnGet(code);
}
