using System.Text.Json;
using Microsoft.Playwright;

namespace ParIndex.Web.Tests;

/// <summary>
/// axe-core (npm, <c>axe/package.json</c>) run over the page as it is now, at WCAG 2.0 and 2.1, levels A and AA. The
/// script is evaluated through Playwright rather than added as a script tag, which the site's Content-Security-Policy
/// (script-src 'self') would rightly refuse.
/// </summary>
internal static class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    /// <summary>One rule broken on a page: its id (e.g. color-contrast), what it asks, and the elements that break it.</summary>
    public sealed record Violation(string Rule, string Impact, string Help, int Count, IReadOnlyList<string> Targets);

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync($"() => {{ {Script.Value}\n}}");
        var found = await page.EvaluateAsync<JsonElement>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return result.violations.map(v => ({
                rule: v.id, impact: v.impact || '', help: v.help, count: v.nodes.length,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(' ') + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\s+/g, ' ').slice(0, 200) : ''))
              }));
            }
            """, Tags);
        return [.. found.EnumerateArray().Select(v => new Violation(v.GetProperty("rule").GetString()!, v.GetProperty("impact").GetString()!,
            v.GetProperty("help").GetString()!, v.GetProperty("count").GetInt32(), [.. v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!)]))];
    }
}
