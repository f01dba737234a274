using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ParIndex.Web.Pages;

/// <summary>Error pages in Vietnamese and English, never a stack trace.</summary>
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "";

    public string Message { get; private set; } = "";

    public void OnGet(int code)
    {
        (Title, Message) = code switch
        {
            404 => ("Không tìm thấy trang (404)", "Địa chỉ này không có trên ParIndex. / This address does not exist."),
            403 => ("Không có quyền truy cập (403)", "Bạn không có quyền xem trang này. / You may not see this page."),
            _ => ("Đã có lỗi (" + code + ")", "Hệ thống gặp lỗi; xin thử lại sau. / Something went wrong; please try again later."),
        };
    }
}
