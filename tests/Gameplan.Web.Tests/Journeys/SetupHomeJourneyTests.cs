using Gameplan.Core.Demo;
using Gameplan.Web.Tests.Home;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// The admin starts at her home, the setup's health: she follows the link beside a person without an
/// e-mail, adds one, and back home the person is gone from that list; the page fits a phone.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class SetupHomeJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task An_admin_lands_on_the_setup_health_fixes_a_missing_e_mail_from_there_and_it_is_gone()
    {
        var api = Journey.Factory.CreateClient();
        await api.CreateAsync("/api/v1/people", new { handle = "nora", name = "Nora Quinn", role = "rep", team = "Mid-Market" });
        await api.CreateAsync("/api/v1/people", new { handle = "pia", name = "Pia Lund", role = "manager" });
        await api.CreateAsync("/api/v1/teams", new { name = "Inside Sales" });
        await SetupHealthPageTests.AddFailedImportAsync(Journey.Factory, "alex", "october-calls.csv", "Line 3: 'yesterday' is not a date (YYYY-MM-DD).");
        var page = await Journey.NewPageAsync(1400, 900);

        await BrowserJourney.SignInAsync(page, $"alex@{DemoOrganization.EmailDomain}", DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(page);

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/home/setup$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Setup health", Exact = true, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#setup-summary")).ToHaveTextAsync("8 things to fix.");
        var withoutEmail = page.Locator("#without-email");
        await Expect(withoutEmail).ToContainTextAsync("Nora Quinn");
        await ShootAsync(page, "home-setup-1400");

        await withoutEmail.GetByRole(AriaRole.Link, new() { Name = "Add an e-mail for Nora Quinn" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit person" })).ToBeVisibleAsync();
        await page.GetByLabel("Work e-mail").FillAsync("nora@northwind.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save person" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Person saved.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Gameplan", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/home/setup$"));
        await Expect(page.Locator("#setup-summary")).ToHaveTextAsync("7 things to fix.");
        await Expect(withoutEmail).Not.ToContainTextAsync("Nora Quinn");
        await Expect(withoutEmail).ToContainTextAsync("Pia Lund");
        await Expect(page.Locator("#without-account")).ToContainTextAsync("Nora Quinn");

        // The phone's tab lets axe-core in (it is injected as a script); the laptop's above kept the strict CSP.
        var phone = await Journey.NewPageAsync(390, 844, bypassCsp: true);
        await BrowserJourney.SignInAsync(phone, $"alex@{DemoOrganization.EmailDomain}", DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(phone);
        await Expect(phone.Locator("#failed-imports")).ToContainTextAsync("october-calls.csv");
        Assert.True(await phone.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
            "The setup health scrolls sideways at 390 px.");
        Assert.Empty(await Axe.SeriousAsync(phone));
        await ShootAsync(phone, "home-setup-390");
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
