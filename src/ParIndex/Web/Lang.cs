using ParIndex.Domain.Messages;

namespace ParIndex.Web;

/// <summary>
/// The page language: Vietnamese unless the reader chose English (a cookie set by <c>/ngon-ngu/en</c>). Views write
/// both texts side by side with <see cref="Texts"/>; numbers and dates stay in vi-VN format either way.
/// </summary>
public static class Lang
{
    public const string Cookie = "parindex-lang";

    public static bool IsEnglish(HttpContext context) => context.Request.Cookies[Cookie] == "en";

    public static Language Of(HttpContext context) => IsEnglish(context) ? Language.En : Language.Vi;

    public static string Pick(HttpContext context, string vi, string en) => IsEnglish(context) ? en : vi;

    /// <summary><c>GET /ngon-ngu/{vi|en}?back=/local/path</c>: remember the choice for a year and go back.</summary>
    public static void Map(WebApplication app) => app.MapGet("/ngon-ngu/{lang}", (string lang, string? back, HttpContext context) =>
    {
        if (lang is not ("vi" or "en")) return Results.NotFound();
        context.Response.Cookies.Append(Cookie, lang, new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true,
        });
        var local = back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal);
        return Results.Redirect(local ? back! : "/");
    });
}
