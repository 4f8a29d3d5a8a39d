using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Activities;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A rep's day on My day, at 1400 px and on a phone (390 px): her monthly commitment reads "this month 0 of 1",
/// today's column of the history is in view without scrolling, she logs one and takes it back with Undo.
/// With GAMEPLAN_SHOTS set to a folder, the page is photographed at both widths.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class MyDayJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_rep_sees_her_month_logs_one_sees_today_without_scrolling_and_undoes_it_at_1400_and_390_px()
    {
        await ActiveTodayPlan.AddAsync(Journey.Factory, "lena", callsPerDay: 1, per: "month");
        foreach (var (width, height) in new[] { (1400, 900), (390, 844) })
        {
            var page = await Journey.SignedInPageAsync("lena", width, height);
            await page.GotoAsync("/activities");
            var row = page.Locator("tr", new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Add 1 to calls" }) });
            await Expect(row.Locator(".target-today")).ToContainTextAsync("this month 0 of 1");

            await row.GetByRole(AriaRole.Button, new() { Name = "Add 1 to calls" }).ClickAsync();

            await Expect(page.Locator("#my-day-content .flash[role=status]")).ToContainTextAsync("Logged 1 calls.");
            await Expect(row.Locator(".target-today")).ToContainTextAsync("this month 1 of 1");
            var today = page.Locator("#history-today");
            await Expect(today).ToHaveTextAsync("Today");
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");
            var box = await today.BoundingBoxAsync();
            Assert.NotNull(box);
            // Horizontally in view as the page opens: no sideways scrolling of the grid is needed to find today.
            Assert.True(box.X >= 0 && box.X + box.Width <= width, $"{width}px: today's column is at x={box.X}..{box.X + box.Width}.");
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#history-today').closest('.table-scroll').scrollLeft === 0"));
            await ShootAsync(page, $"my-day-{width}");
            // Today's targets, the first thing on the page, are in view without scrolling at all.
            var first = await page.Locator("#target-0").BoundingBoxAsync();
            Assert.True(first is not null && first.Y < height, $"{width}px: today's first target starts at y={first?.Y}.");

            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Undo the last entry") }).ClickAsync();

            await Expect(page.Locator("#my-day-content .flash[role=status]")).ToContainTextAsync("Undone");
            await Expect(row.Locator(".target-today")).ToContainTextAsync("this month 0 of 1");
            await Expect(page.Locator("#undo-log")).ToHaveCountAsync(0);
        }
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("GAMEPLAN_SHOTS") is { Length: > 0 } shots)
        {
            Directory.CreateDirectory(shots);
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, $"{name}.png"), FullPage = true });
        }
    }
}
