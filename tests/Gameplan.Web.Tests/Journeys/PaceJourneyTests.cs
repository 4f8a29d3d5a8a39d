using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>An executive opens the demo plan's pace in a real browser: the burn-up charts are drawn, the numbers are in tables, and a team's heatmap renders.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class PaceJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task The_plan_pace_page_draws_its_burn_up_charts_beside_the_tables_and_the_team_heatmap_renders()
    {
        var page = await Journey.SignedInPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Pace and progress" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/plans/\d+/pace$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Pace: FY") })).ToBeVisibleAsync();
        var chart = page.Locator("#pace-t1-prospecting_minutes canvas.burnup");
        await Expect(chart).ToBeVisibleAsync();
        // Chart.js marks the canvas once it has drawn it (pace-charts.js), after a boosted navigation too.
        await Expect(chart).ToHaveAttributeAsync("data-drawn", "true");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.Chart === 'function' && !!window.Chart.getChart(document.querySelector('#pace-t1-prospecting_minutes canvas'))"));
        var table = page.Locator("#pace-t1-prospecting_minutes table");
        await Expect(table.GetByRole(AriaRole.Rowheader, new() { Name = "Lena Fischer" })).ToBeVisibleAsync();
        await Expect(page.Locator("#progress")).ToContainTextAsync("Plan:");

        await page.GetByRole(AriaRole.Link, new() { Name = "Pace", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Who is off pace" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Team heatmaps" }).GetByRole(AriaRole.Link, new() { Name = "Mid-Market" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Team pace: Mid-Market" })).ToBeVisibleAsync();
        await Expect(page.Locator("#heatmap .heat-row")).ToHaveCountAsync(5);
        await Expect(page.Locator("#heatmap .heat-cell")).ToHaveCountAsync(4 * 20);
        var cell = page.Locator("#heatmap .heat-cell").First;
        Assert.True((await cell.BoundingBoxAsync())!.Width >= 10, "a heatmap cell is drawn with a width");
        await page.GetByText("The same as a table").ClickAsync();
        await Expect(page.Locator("#heat-table").GetByRole(AriaRole.Rowheader, new() { Name = "Nia Brooks" })).ToBeVisibleAsync();
        Assert.Empty(errors);
    }
}
