using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// A browser test: each test runs in a fresh browser context (no cookies from other tests) of the class's Chromium,
/// traced; every page it opens is saved as a full-page screenshot <c>artifacts/screenshots/&lt;test&gt;-&lt;page&gt;.png</c>,
/// and a failure leaves a screenshot and a Playwright trace (<c>artifacts/traces/&lt;test&gt;.zip</c>, open with
/// <c>playwright show-trace</c> or trace.playwright.dev). The browser asks for reduced motion, so charts draw without
/// animation and the screenshots show them whole.
/// </summary>
public abstract class BrowserTest(DemoSite site, ITestOutputHelper output) : BrowserTest<DemoSite>(site, output);

/// <summary>A site a browser test opens: where it listens and the class's Chromium.</summary>
public interface IBrowserSite
{
    Uri BaseUrl { get; }

    IBrowser Browser { get; }
}

/// <summary>
/// A browser test over any site fixture (see <see cref="BrowserTest"/>); every test also fails on a console error or
/// an uncaught script error on any page it opened.
/// </summary>
public abstract class BrowserTest<TSite>(TSite site, ITestOutputHelper output) : IClassFixture<TSite> where TSite : class, IBrowserSite
{
    protected TSite Site { get; } = site;

    /// <param name="trace">
    /// False for a test that keeps its own record of what it saw (the page crawl): recording a trace of every step costs
    /// more than the steps, and such a test reports its findings rather than failing at one step.
    /// </param>
    protected async Task InBrowser(Func<BrowserSession, Task> test, ViewportSize? viewport = null, string? variant = null, bool trace = true, [CallerMemberName] string name = "")
    {
        var testName = variant is null ? name : $"{name}-{variant}";
        await using var context = await Site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Site.BaseUrl.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 800 },
            Locale = "vi-VN",
            ReducedMotion = ReducedMotion.Reduce,
        });
        if (trace) await context.Tracing.StartAsync(new TracingStartOptions { Title = testName, Screenshots = true, Snapshots = true });
        var session = new BrowserSession(await context.NewPageAsync(), testName);
        output.WriteLine($"Artifacts: {Repo.Artifacts}");
        try
        {
            await test(session);
            PageChecks.ExpectNoScriptErrors(session);
            if (trace) await context.Tracing.StopAsync();
        }
        catch
        {
            await session.ScreenshotAsync("failure");
            var traceFile = Path.Combine(Repo.Artifacts, "traces", $"{testName}.zip");
            if (trace) await context.Tracing.StopAsync(new TracingStopOptions { Path = traceFile });
            output.WriteLine($"Failed at {session.Page.Url}" + (trace ? $"; trace: {traceFile}" : ""));
            throw;
        }
        foreach (var shot in session.Screenshots) output.WriteLine($"Screenshot: {shot}");
    }
}

/// <summary>The page of one test, its screenshots and the errors its scripts met.</summary>
public sealed class BrowserSession
{
    private readonly List<string> _screenshots = [];
    private readonly List<string> _errors = [];
    private readonly List<string> _expected = [];
    private readonly string _testName;

    public BrowserSession(IPage page, string testName)
    {
        Page = page;
        _testName = testName;
        page.Console += (_, message) => { if (message.Type == "error") _errors.Add($"{message.Text} ({message.Location})"); };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Screenshots => _screenshots;

    /// <summary>
    /// Console errors and uncaught script errors on every page opened so far, with where they happened, but those the
    /// test provoked on purpose (<see cref="ExpectErrors"/>).
    /// </summary>
    public IReadOnlyList<string> Errors => [.. _errors.Where(e => !_expected.Any(x => e.Contains(x, StringComparison.Ordinal)))];

    /// <summary>Errors containing <paramref name="part"/> are what the test provokes (a failing server, a cut connection).</summary>
    public void ExpectErrors(string part) => _expected.Add(part);

    /// <summary>Signs in through the sign-in page and waits for the role's home (wherever sign-in lands).</summary>
    public async Task SignInAsync(string userName, string password)
    {
        await Page.GotoAsync("/dang-nhap");
        await Page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await Page.GetByLabel("Mật khẩu").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Page.WaitForURLAsync(url => !url.Contains("/dang-nhap", StringComparison.Ordinal));
    }

    /// <summary>Opens a site address (e.g. <c>/dang-nhap</c>), expects 200 and saves the page as <paramref name="pageName"/>.</summary>
    public async Task OpenAsync(string path, string pageName)
    {
        var response = await Page.GotoAsync(path);
        Assert.Equal(200, response?.Status);
        await ScreenshotAsync(pageName);
    }

    /// <summary>Saves the whole page as it is now: <c>artifacts/screenshots/&lt;test&gt;-&lt;pageName&gt;.png</c>.</summary>
    public async Task ScreenshotAsync(string pageName)
    {
        var path = Path.Combine(Repo.Artifacts, "screenshots", $"{_testName}-{pageName}.png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        _screenshots.Add(path);
    }
}
