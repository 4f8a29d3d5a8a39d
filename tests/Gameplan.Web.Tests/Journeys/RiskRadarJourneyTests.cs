using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// An admin tightens the organisation's critique settings with the keyboard, then reads the plan's
/// risk radar: a real Chart.js chart under the strict CSP, with the table of scores as its text twin.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class RiskRadarJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_stricter_setting_shows_up_in_the_radar_chart_drawn_on_the_plan_page()
    {
        var page = await Journey.SignedInPageAsync("alex");
        // Script errors and CSP refusals (Chart.js must not need inline styles or eval); a missing favicon is no problem.
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning" && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                problems.Add(message.Text);
            }
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };

        await page.GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Critique settings" })).ToBeVisibleAsync();
        var maxStrategies = page.GetByLabel("Most strategies a plan should have");
        await maxStrategies.FocusAsync();
        await page.Keyboard.TypeAsync("1");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Settings saved.");
        await Expect(maxStrategies).ToHaveValueAsync("1");

        await page.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();

        var canvas = page.Locator("canvas[data-risk-radar]");
        await Expect(canvas).ToHaveAttributeAsync("data-drawn", "true");
        var scores = await canvas.EvaluateAsync<int[]>("c => window.Chart.getChart(c).data.datasets[0].data");
        var labels = await canvas.EvaluateAsync<string[]>("c => window.Chart.getChart(c).data.labels");
        Assert.Equal(8, scores.Length);
        var focus = Array.IndexOf(labels, "focus");
        Assert.True(scores[focus] > 0, $"focus scored {scores[focus]}");
        var box = await canvas.BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 100 }, $"the chart is {box?.Width}x{box?.Height}");

        var row = page.Locator("table.risk-radar tr[data-risk='focus']");
        await Expect(row).ToContainTextAsync(scores[focus].ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The score shows how it is computed: GP401 is a warning on the whole plan, weight 100 x 0.5.
        await Expect(row.Locator("td[data-label='Score']")).ToHaveAttributeAsync("title", new Regex(@"GP401 100x0\.5\b"));
        // A rule behind the score leads to that rule's findings, said once and opened.
        await row.GetByRole(AriaRole.Link, new() { Name = "GP401" }).ClickAsync();
        var group = page.Locator("details.finding-group:target");
        await Expect(group).ToContainTextAsync("strategies");
        await Expect(group).ToHaveAttributeAsync("open", "");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
