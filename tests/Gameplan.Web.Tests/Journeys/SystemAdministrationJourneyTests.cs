using Gameplan.Core.Organizations;
using Gameplan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A system administrator, in a real browser at a phone's width: opens Organisations from the menu,
/// creates an organisation whose admin then signs in to it, suspends it (its admin is refused with the
/// reason), and deletes it by typing its name.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class SystemAdministrationJourneyTests
{
    [ChromiumFact]
    public async Task A_system_administrator_creates_suspends_and_deletes_an_organisation_in_the_browser()
    {
        await using var journey = new BrowserJourney();
        await journey.StartAsync();
        using (var scope = journey.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<OrganizationAdministration>().SetSystemAdministratorAsync("alex@northwind.example", grant: true);
        }
        var alex = await journey.SignedInPageAsync("alex", width: 390);

        await alex.GotoAsync("/system/organizations");
        await Expect(alex.GetByRole(AriaRole.Heading, new() { Name = "Organisations", Exact = true })).ToBeVisibleAsync();
        await alex.GetByLabel("Organisation", new() { Exact = true }).FillAsync("Rival Field Sales");
        await alex.GetByLabel("First admin's name").FillAsync("Vera Rival");
        await alex.GetByLabel("Their handle").FillAsync("vera");
        await alex.GetByLabel("Their e-mail").FillAsync("vera@rival.example");
        await alex.GetByLabel("A first password for them").FillAsync("vera passphrase 12");
        await alex.GetByRole(AriaRole.Button, new() { Name = "Create organisation" }).ClickAsync();
        await Expect(alex.GetByRole(AriaRole.Status)).ToContainTextAsync("Created 'Rival Field Sales'");
        var row = alex.Locator("tr", new() { HasText = "Rival Field Sales" });
        await Expect(row).ToContainTextAsync("vera@rival.example");

        var vera = await journey.NewPageAsync(width: 1400);
        await BrowserJourney.SignInAsync(vera, "vera@rival.example", "vera passphrase 12");
        await BrowserJourney.WaitForHomeAsync(vera);
        await vera.GotoAsync("/plans");
        await Expect(vera.GetByRole(AriaRole.Heading, new() { Name = "Plans", Exact = true })).ToBeVisibleAsync();
        await Expect(vera.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^FY\d{4} Sales Plan$") })).ToHaveCountAsync(0);

        await row.GetByRole(AriaRole.Button, new() { Name = "Suspend Rival Field Sales" }).ClickAsync();
        await Expect(alex.GetByRole(AriaRole.Status)).ToContainTextAsync("Suspended 'Rival Field Sales'");
        await vera.ReloadAsync();
        await Expect(vera.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await BrowserJourney.SignInAsync(vera, "vera@rival.example", "vera passphrase 12");
        await Expect(vera.GetByText("Rival Field Sales is suspended")).ToBeVisibleAsync();

        await row.GetByLabel("Type Rival Field Sales to delete it").FillAsync("Rival Field Sales");
        await row.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).ClickAsync();
        await Expect(alex.GetByRole(AriaRole.Status)).ToContainTextAsync("Deleted 'Rival Field Sales'");
        await Expect(alex.Locator("tr", new() { HasText = "Rival Field Sales" })).ToHaveCountAsync(0);
        if (Environment.GetEnvironmentVariable("GAMEPLAN_SHOTS") is { Length: > 0 } shots)
        {
            await alex.ScreenshotAsync(new() { Path = Path.Combine(shots, "system-organizations-390.png"), FullPage = true });
            await alex.SetViewportSizeAsync(1400, 900);
            await alex.ScreenshotAsync(new() { Path = Path.Combine(shots, "system-organizations-1400.png"), FullPage = true });
        }
    }
}
