using System.Net;
using System.Text.RegularExpressions;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Results;

/// <summary>Users with passwords, signing in through the real sign-in form, and the antiforgery token of a page.</summary>
internal static partial class WebSession
{
    public const string Password = "MatKhau2025Manh";

    public static Task AddUserAsync(World world, string userName, Role role, string? unit = null) =>
        world.Run(db => new AddUserHandler(db, world.Clock).HandleAsync(world.Admin, new AddUser(userName, Password, role, unit, userName)));

    public static async Task SignInAsync(RunningSite site, string userName)
    {
        var response = await site.Client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = Password, ["__RequestVerificationToken"] = await TokenAsync(site, "/dang-nhap"),
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public static async Task<string> TokenAsync(RunningSite site, string page) => Token(await site.Client.GetStringAsync(page));

    public static string Token(string html) => TokenField().Match(html).Groups[1].Value;

    /// <summary>A refused page: the cookie scheme sends the reader to the 403 page.</summary>
    public static void AssertForbidden(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || response.Headers.Location?.OriginalString.Contains("/loi/403", StringComparison.Ordinal) == true,
            $"expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
