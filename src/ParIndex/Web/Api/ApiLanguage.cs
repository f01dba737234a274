using Microsoft.AspNetCore.Http.Headers;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Api;

/// <summary>
/// The language the API answers its problems in, from the request's <c>Accept-Language</c>: English when the most
/// preferred of Vietnamese and English is English (<c>en</c>, <c>en-GB</c>…), Vietnamese otherwise and by default.
/// </summary>
internal static class ApiLanguage
{
    public static Language Of(HttpContext context)
    {
        var wanted = new RequestHeaders(context.Request.Headers).AcceptLanguage
            .Where(l => (l.Quality ?? 1) > 0)
            .Select(l => (Tag: l.Value.Value ?? "", Quality: l.Quality ?? 1))
            .Select(l => (Language: Spoken(l.Tag), l.Quality))
            .Where(l => l.Language is not null)
            .OrderByDescending(l => l.Quality)
            .FirstOrDefault();
        return wanted.Language ?? Language.Vi;
    }

    private static Language? Spoken(string tag) =>
        tag.Equals("en", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase) ? Language.En
        : tag.Equals("vi", StringComparison.OrdinalIgnoreCase) || tag.StartsWith("vi-", StringComparison.OrdinalIgnoreCase) ? Language.Vi
        : null;
}
