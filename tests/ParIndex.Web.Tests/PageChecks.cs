using Microsoft.Playwright;

namespace ParIndex.Web.Tests;

/// <summary>What every page with charts or forms must do in a real browser: draw, fit a phone, show focus, run cleanly.</summary>
internal static class PageChecks
{
    public static readonly ViewportSize Phone = new() { Width = 360, Height = 780 };

    /// <summary>
    /// Each of the page's <paramref name="count"/> chart containers finished drawing (class <c>drawn</c>, set by
    /// charts.js) into a canvas or SVG of non-zero size that holds visible pixels.
    /// </summary>
    public static async Task ExpectChartsDrawnAsync(IPage page, int count)
    {
        await Assertions.Expect(page.Locator("[data-chart]")).ToHaveCountAsync(count);
        await Assertions.Expect(page.Locator("[data-chart].drawn")).ToHaveCountAsync(count);
        var drawn = await page.Locator("[data-chart]").EvaluateAllAsync<string[]>("""
            charts => charts.map((chart, i) => {
              const surface = chart.querySelector('canvas, svg');
              if (!surface) return `chart ${i}: no canvas or svg`;
              const box = surface.getBoundingClientRect();
              if (box.width < 1 || box.height < 1) return `chart ${i}: ${box.width}×${box.height}`;
              if (surface.tagName !== 'CANVAS') return 'ok';
              const pixels = surface.getContext('2d').getImageData(0, 0, surface.width, surface.height).data;
              for (let p = 3; p < pixels.length; p += 4 * 7) if (pixels[p] > 0) return 'ok';
              return `chart ${i}: a blank canvas`;
            })
            """);
        Assert.All(drawn, d => Assert.Equal("ok", d));
    }

    /// <summary>The page is no wider than the window: nothing makes the reader scroll sideways.</summary>
    public static async Task ExpectNoSidewaysScrollAsync(IPage page)
    {
        if (await SidewaysScrollAsync(page) is { } problem) Assert.Fail(problem);
    }

    /// <summary>Null when the page fits its window; otherwise how wide it is and what sticks out.</summary>
    public static async Task<string?> SidewaysScrollAsync(IPage page)
    {
        var window = await page.EvaluateAsync<int>("() => window.innerWidth");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width <= window) return null;
        var outside = await page.EvaluateAsync<string[]>("""
            () => Array.from(document.body.querySelectorAll('*'))
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .filter(e => e.parentElement.getBoundingClientRect().right <= window.innerWidth + 0.5)
              .slice(0, 5)
              .map(e => `${e.tagName.toLowerCase()}.${e.getAttribute('class') || ''} "${e.textContent.trim().slice(0, 40)}" (right edge ${Math.round(e.getBoundingClientRect().right)} px)`)
            """);
        return $"{page.Url} is {width} px wide in a {window} px window; sticking out: {string.Join("; ", outside)}";
    }

    /// <summary>The first Tab from the top of the page lands on the skip link, which shows itself with an outline.</summary>
    public static async Task ExpectFocusVisibleOnFirstTabAsync(IPage page, string skipLink)
    {
        await page.Keyboard.PressAsync("Tab");
        var focused = page.Locator(":focus");
        await Assertions.Expect(focused).ToHaveTextAsync(skipLink);
        await Assertions.Expect(focused).ToBeInViewportAsync();
        var outline = await focused.EvaluateAsync<string[]>("e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth]; }");
        Assert.NotEqual("none", outline[0]);
        Assert.NotEqual("0px", outline[1]);
    }

    /// <summary>No console error and no uncaught script error on any page the session opened.</summary>
    public static void ExpectNoScriptErrors(BrowserSession session) =>
        Assert.True(session.Errors.Count == 0, "script errors:\n" + string.Join("\n", session.Errors));
}
