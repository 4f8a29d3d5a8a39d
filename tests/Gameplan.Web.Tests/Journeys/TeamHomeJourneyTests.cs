using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A manager's day starts at his team's home: Omar lands there, sees who is behind and why, and opens the plan
/// that waits for his approval; on a phone nothing scrolls sideways, and axe-core finds nothing serious at either width. With GAMEPLAN_SHOTS set to a folder, the
/// home is photographed at 1400 and 390 px.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class TeamHomeJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_manager_lands_on_his_team_sees_who_is_behind_and_opens_the_plan_waiting_for_his_approval()
    {
        // The tabs bypass the CSP only so that axe-core can be injected; the app's own pages need no exception.
        var page = await Journey.NewPageAsync(1400, 900, bypassCsp: true);
        await BrowserJourney.SignInAsync(page, $"omar@{Core.Demo.DemoOrganization.EmailDomain}", Core.Demo.DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(page);

        await Expect(page).ToHaveURLAsync(new Regex("/home/team$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your team: Mid-Market", Level = 1 })).ToBeVisibleAsync();
        var nia = page.Locator("#person-nia");
        await Expect(nia.GetByRole(AriaRole.Rowheader, new() { Name = "Nia Brooks" })).ToBeVisibleAsync();
        await Expect(nia).ToContainTextAsync("Off track");
        await Expect(nia).ToContainTextAsync("low attainment");
        await ShootAsync(page, "home-team-1400");
        await NoSeriousViolationAsync(page, 1400);

        var waiting = page.Locator("#plans-waiting-table tr", new() { HasText = "Submitted for your approval" });
        await waiting.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Territory Plan: Mateo Alvarez$") }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/plans/\d+$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("Territory Plan: Mateo Alvarez"), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Approve") }).First).ToBeVisibleAsync();

        var phone = await Journey.NewPageAsync(390, 844, bypassCsp: true);
        await BrowserJourney.SignInAsync(phone, $"omar@{Core.Demo.DemoOrganization.EmailDomain}", Core.Demo.DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(phone);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Your team: Mid-Market", Level = 1 })).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            $"The team home scrolls sideways at 390 px: {await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide.");
        await ShootAsync(phone, "home-team-390");
        await NoSeriousViolationAsync(phone, 390);
    }

    private static async Task NoSeriousViolationAsync(IPage page, int width)
    {
        var serious = await Axe.SeriousAsync(page);
        Assert.True(serious.Count == 0, $"{width}px: {string.Join(Environment.NewLine, serious)}");
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
