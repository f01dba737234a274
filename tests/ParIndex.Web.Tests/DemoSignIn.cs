namespace ParIndex.Web.Tests;

/// <summary>Signs in through the sign-in form as one of the demo province's accounts (by its short name).</summary>
internal static class DemoSignIn
{
    public static Task AsAsync(BrowserSession b, DemoSite site, string user)
    {
        var account = site.Province.Account(user);
        return b.SignInAsync(account.UserName, account.Password);
    }
}
