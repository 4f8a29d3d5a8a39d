using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Journeys;

[Collection(BrowserJourneys.Name)]
public sealed class TempWideTests : JourneyTests
{
    [ChromiumFact]
    public async Task Temp_wide()
    {
        using var api = Journey.Factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(api);
        var lines = new List<string>();
        foreach (var who in new[] { "rosa", "lena" })
        {
            var page = await Journey.SignedInPageAsync(who, width: 390, height: 844);
            foreach (var url in new[] { $"/plans/{demo.Id}", "/cycles/1", "/alignment", "/plans", "/templates", "/plans/new" })
            {
                await page.GotoAsync(url);
                var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                var wide = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.overflow-auto')).slice(0, 8).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))");
                lines.Add($"{who} {url} {width}: {string.Join(" | ", wide)}");
                if (url.StartsWith("/plans/") && url.Length < 12)
                {
                    await page.ScreenshotAsync(new() { Path = $"/tmp/shot-{who}-plan.png", FullPage = false });
                }
            }
            await page.GotoAsync("/cycles/1");
            await page.ScreenshotAsync(new() { Path = $"/tmp/shot-{who}-cycle390.png", FullPage = true });
        }
        var desk = await Journey.SignedInPageAsync("rosa", width: 1400, height: 900);
        await desk.GotoAsync("/cycles/1");
        await desk.ScreenshotAsync(new() { Path = "/tmp/shot-rosa-cycle1400.png", FullPage = true });
        await desk.GotoAsync("/alignment");
        await desk.ScreenshotAsync(new() { Path = "/tmp/shot-rosa-align1400.png", FullPage = false });
        await File.WriteAllLinesAsync("/tmp/wide.txt", lines);
        Assert.NotEmpty(lines);
    }
}
