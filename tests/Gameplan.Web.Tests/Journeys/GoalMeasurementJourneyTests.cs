using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>Recording a goal's measurement from the keyboard: htmx swaps the section, the progress and its formula change in place.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class GoalMeasurementJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_measurement_typed_and_sent_with_enter_moves_the_goals_progress_without_leaving_the_page()
    {
        var page = await Journey.SignedInPageAsync();
        await page.GotoAsync("/plans");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Measurements and progress of goal g2" }).ClickAsync();
        await page.WaitForURLAsync(GoalPage());
        var section = page.Locator("#measurements");
        await Expect(section.Locator("tbody tr")).ToHaveCountAsync(0);
        var url = page.Url;

        await page.GetByLabel("Value").FocusAsync();
        await page.Keyboard.TypeAsync("35");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("From the CRM");
        await page.Keyboard.PressAsync("Enter");

        await Expect(section.Locator(".progress-formula")).ToHaveTextAsync("(35 - 0) / (140 - 0) = 0.25");
        await Expect(section.Locator(".progress-value")).ToHaveTextAsync("25%");
        await Expect(section.GetByRole(AriaRole.Status)).ToContainTextAsync("Recorded 35");
        await Expect(section.Locator("tbody tr")).ToHaveCountAsync(1);
        Assert.Equal(url, page.Url);

        await section.GetByRole(AriaRole.Button, new() { NameRegex = DeleteMeasurement() }).ClickAsync();
        await Expect(section.Locator("tbody tr")).ToHaveCountAsync(0);
        await Expect(section.GetByRole(AriaRole.Status)).ToHaveTextAsync("Measurement deleted.");
    }

    [GeneratedRegex(@"/goals/\d+/edit#measurements$")]
    private static partial Regex GoalPage();

    [GeneratedRegex("^Delete the measurement of ")]
    private static partial Regex DeleteMeasurement();
}
