using System.Text.Json;
using Microsoft.Playwright;

namespace Gameplan.Web.Tests.Support;

/// <summary>
/// axe-core (npm, package.json) run inside a Chromium page: the accessibility rules of WCAG 2.x A/AA
/// and best practice, judged by a tool the app did not write. The page's tab must bypass the CSP
/// (<see cref="BrowserJourney.NewPageAsync"/>), since the checker is injected as a script.
/// </summary>
public static class Axe
{
    /// <summary>One rule broken on the page: its id, impact (minor, moderate, serious, critical), help and the first offending elements.</summary>
    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets)
    {
        public override string ToString() => $"{Impact} {Id}: {Help} ({string.Join("; ", Targets)})";
    }

    private static readonly Lazy<string> Source = new(() => File.ReadAllText(NodeTools.Package("axe-core/axe.min.js")));

    public static async Task<IReadOnlyList<Violation>> RunAsync(IPage page)
    {
        await page.EvaluateAsync(Source.Value);
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => { const r = await axe.run(document, { resultTypes: ['violations'] }); " +
            "return r.violations.map(v => ({ id: v.id, impact: v.impact || 'minor', help: v.help, targets: v.nodes.slice(0, 5).map(n => n.target.join(' ')) })); }");
        return result.EnumerateArray().Select(v => new Violation(
            v.GetProperty("id").GetString()!, v.GetProperty("impact").GetString()!, v.GetProperty("help").GetString()!,
            v.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList())).ToList();
    }

    /// <summary>The violations that stop someone using the page: serious and critical.</summary>
    public static async Task<IReadOnlyList<Violation>> SeriousAsync(IPage page) =>
        (await RunAsync(page)).Where(v => v.Impact is "serious" or "critical").ToList();
}
