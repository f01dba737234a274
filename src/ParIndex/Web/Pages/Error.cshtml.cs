using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages;

/// <summary>
/// Error pages in the reader's language, never a stack trace. The page answers with the status it shows, whether the
/// status-code pages re-execute it for a refused GET or POST, or a reader opens <c>/loi/403</c> directly. When a use
/// case refused (a <see cref="IRefusal"/> kept by <see cref="Keep"/> before the re-execution), the page says its
/// reason — "Không có kỳ đánh giá 42", "Bạn không có quyền … (cần vai trò …)" — and what the reader can do next.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    private const string Reason = "parindex-refusal";

    public string Title { get; private set; } = "";

    public string Text { get; private set; } = "";

    /// <summary>Why the use case refused, in the reader's language; null for a bare status.</summary>
    public string? Why { get; private set; }

    /// <summary>Who is signed in ("Bạn đang đăng nhập là snv.editor (…)"), for a refused reader; null otherwise.</summary>
    public string? SignedInAs { get; private set; }

    /// <summary>The reader's work page (<see cref="RoleNames.Home"/>); null when nobody is signed in.</summary>
    public string? Home { get; private set; }

    public bool Refused { get; private set; }

    /// <summary>Keeps a use case's refusal for the error page the status-code pages re-execute on this request.</summary>
    public static void Keep(HttpContext context, Message says) => context.Items[Reason] = says;

    /// <param name="code">From the address only: a re-executed POST whose form could not be read must still show its status.</param>
    public void OnGet([FromRoute] int code)
    {
        if (code is >= 400 and <= 599) Response.StatusCode = code;
        var (title, text) = code switch
        {
            404 => (SiteMessages.NotFound(), SiteMessages.NotFoundText()),
            403 => (SiteMessages.Forbidden(), SiteMessages.ForbiddenText()),
            413 => (SiteMessages.TooLarge(), SiteMessages.TooLargeText()),
            503 => (SiteMessages.Busy(), SiteMessages.BusyText()),
            _ => (SiteMessages.Other(code), SiteMessages.OtherText()),
        };
        var language = Lang.Of(HttpContext);
        (Title, Text) = (title.In(language), text.In(language));
        Refused = code == 403;
        if (code is 403 or 404 && HttpContext.Items[Reason] is Message why) Why = why.In(language);
        if (User.Identity?.IsAuthenticated == true)
        {
            var roles = Enum.GetValues<Role>().Where(r => User.IsInRole(r.ToString())).ToList();
            Home = RoleNames.Home(roles);
            if (Refused && roles.Count > 0)
            {
                var (vi, en) = RoleNames.Of(roles[0]);
                SignedInAs = SiteMessages.SignedInAs(User.Identity.Name ?? "", new Both(vi, en)).In(language);
            }
        }
    }

    /// <summary>A refused or failed POST is re-executed here as a POST; it gets the same page.</summary>
    public void OnPost([FromRoute] int code) => OnGet(code);
}
