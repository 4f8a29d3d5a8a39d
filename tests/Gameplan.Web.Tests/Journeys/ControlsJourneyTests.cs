using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// Every control honest: as each demo role, every page reachable from the navigation and the plan pages,
/// every link, form and htmx button on them; none is refused, leads nowhere or fails without a word
/// (<see cref="ControlCrawl"/>). The crawl fails as soon as a control the person may not use is rendered.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class ControlsJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_rep_meets_no_control_that_is_refused_or_dead()
    {
        var page = await Journey.SignedInPageAsync("lena", width: 1400);
        await ScreenshotPlanAsync(page, "lena");

        await CrawlAsync(page);
    }

    [ChromiumFact]
    public async Task A_manager_meets_no_control_that_is_refused_or_dead() =>
        await CrawlAsync(await Journey.SignedInPageAsync("omar"));

    [ChromiumFact]
    public async Task An_executive_meets_no_control_that_is_refused_or_dead() =>
        await CrawlAsync(await Journey.SignedInPageAsync("rosa"), atLeast: 100);

    [ChromiumFact]
    public async Task An_admin_meets_no_control_that_is_refused_or_dead()
    {
        var page = await Journey.SignedInPageAsync("alex", width: 1400);
        await ScreenshotPlanAsync(page, "alex");

        await CrawlAsync(page, atLeast: 100);
    }

    [ChromiumFact]
    public async Task An_inline_delete_of_something_already_gone_says_so_in_the_alert_instead_of_doing_nothing()
    {
        var page = await Journey.SignedInPageAsync();
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        var commitment = page.Locator(".commitments li", new() { HasText = "linkedin posts" });
        var delete = commitment.GetByRole(AriaRole.Button, new() { Name = "Delete…" });
        var action = await commitment.Locator("form").GetAttributeAsync("hx-post");
        page.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await Expect(page.Locator("#request-error")).ToBeHiddenAsync();

        // Someone else deleted it a moment ago: the same request now answers 404.
        var token = await page.Locator("#request-verification-token").GetAttributeAsync("data-token");
        var first = await page.Context.APIRequest.PostAsync(action!, new() { Headers = new Dictionary<string, string> { ["HX-Request"] = "true", ["RequestVerificationToken"] = token! } });
        Assert.Equal(200, first.Status);
        await delete.ClickAsync();

        await Expect(page.Locator("#request-error")).ToBeVisibleAsync();
        await Expect(page.Locator("#request-error")).ToHaveTextAsync("That is no longer there. Reload the page to see what is.");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("no longer there");
    }

    private static async Task CrawlAsync(IPage page, int atLeast = 15)
    {
        var crawl = new ControlCrawl(page);

        await crawl.RunAsync();

        Assert.True(crawl.Problems.Count == 0, $"{crawl.Problems.Count} controls are refused, lead nowhere or fail silently:\n{string.Join('\n', crawl.Problems)}");
        Assert.True(crawl.Checked >= atLeast, $"Only {crawl.Checked} controls were checked.");
    }

    /// <summary>The plan page at a laptop's and a phone's width (its head and its strategies), kept with the test output to look at.</summary>
    private async Task ScreenshotPlanAsync(IPage page, string handle)
    {
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        await Expect(page.Locator("#critique")).ToBeVisibleAsync();
        await ShootAsync(page, $"plan-{handle}-1400");
        var phone = await Journey.NewPageAsync(390, 844);
        await BrowserJourney.SignInAsync(phone, $"{handle}@{Core.Demo.DemoOrganization.EmailDomain}", Core.Demo.DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(phone);
        await phone.GotoAsync(page.Url);
        await ShootAsync(phone, $"plan-{handle}-390");
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-top.png") });
        await page.EvaluateAsync("() => document.getElementById('strategies').scrollIntoView()");
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-strategies.png") });
    }
}
