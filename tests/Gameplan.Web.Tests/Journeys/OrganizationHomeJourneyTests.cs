using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// The executive opens Gameplan and lands on her organisation: the goals with their progress bars and pace,
/// the strategies, the risk radar and what changed this week. From there she does her main job: reads a
/// strategy's pace and opens it in the plan. On a phone nothing scrolls sideways.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class OrganizationHomeJourneyTests
{
    [ChromiumFact]
    public async Task The_executive_lands_on_her_organisation_and_opens_a_strategy_in_its_plan()
    {
        await using var journey = new BrowserJourney();
        await journey.StartAsync();
        var shots = Environment.GetEnvironmentVariable("GAMEPLAN_SHOTS");
        var page = await journey.NewPageAsync(1400, 900);
        await BrowserJourney.SignInAsync(page, $"rosa@{Core.Demo.DemoOrganization.EmailDomain}", Core.Demo.DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(page);

        Assert.Equal("/home/organization", new Uri(page.Url).AbsolutePath);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your organisation", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator(".goal-card progress").First).ToBeVisibleAsync();
        await Expect(page.Locator("canvas[data-risk-radar]")).ToHaveCountAsync(1);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "What changed this week" })).ToBeVisibleAsync();
        if (shots is { Length: > 0 })
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(shots, "home-organization-1400.png"), FullPage = true });
        }

        // Her main job from here: a strategy's pace (on pace of due) leads her into the plan, to that strategy.
        var row = page.Locator("tr[data-strategy='s1']");
        await Expect(row.GetByRole(AriaRole.Cell).Nth(2)).ToContainTextAsync(" of ");
        var strategy = row.Locator("th a");
        var target = await strategy.GetAttributeAsync("href") ?? "";
        Assert.Contains("#strategy-", target, StringComparison.Ordinal);
        await strategy.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith(target, StringComparison.Ordinal));
        await Expect(page.Locator(target[target.IndexOf('#', StringComparison.Ordinal)..])).ToBeVisibleAsync();

        var phone = await journey.NewPageAsync(390, 844);
        await BrowserJourney.SignInAsync(phone, $"rosa@{Core.Demo.DemoOrganization.EmailDomain}", Core.Demo.DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(phone);
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Your organisation", Exact = true })).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the organisation home scrolls sideways at 390 px");
        if (shots is { Length: > 0 })
        {
            await phone.ScreenshotAsync(new() { Path = Path.Combine(shots, "home-organization-390.png"), FullPage = true });
        }
    }
}
