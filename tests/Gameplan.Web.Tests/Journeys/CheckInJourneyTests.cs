using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A rep checks in on a phone with last week's check-in beside (below) the form and this week's numbers pre-filled;
/// "off track" without a sentence is refused naming the field; once saved, her manager's team page stops listing her.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class CheckInJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_rep_checks_in_off_track_with_a_reason_and_leaves_her_managers_list()
    {
        using var api = Journey.Factory.CreateClientAs("omar");
        var midMarket = (await api.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id();
        var manager = await Journey.SignedInPageAsync("omar");
        await manager.GotoAsync($"/teams/{midMarket}/pace");
        await Expect(manager.Locator("#missing-lena")).ToBeVisibleAsync();

        var page = await Journey.SignedInPageAsync("lena", width: 390, height: 844);
        await page.GotoAsync("/check-in");
        var section = page.Locator("section.check-in").First;
        var previous = section.Locator("aside.check-in-previous");
        await Expect(previous).ToContainTextAsync("Previous: week to");
        var form = section.Locator("form.check-in-form");
        // Stacked on a phone: the previous check-in comes below the form.
        var (formBox, asideBox) = (await form.BoundingBoxAsync(), await previous.BoundingBoxAsync());
        Assert.True(asideBox!.Y >= formBox!.Y + formBox.Height - 1, $"the previous check-in should be below the form at 390 px ({asideBox.Y} < {formBox.Y + formBox.Height})");

        var line = form.Locator("fieldset.check-in-line").First;
        var number = await line.GetByLabel("This week's number", new() { Exact = false }).InputValueAsync();
        Assert.False(string.IsNullOrEmpty(number), "this week's number is pre-filled from the activity log");
        await Expect(line.Locator("legend")).ToContainTextAsync($"logged this week: {number}");

        await line.GetByLabel("Off track").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Expect(page.Locator(".form-errors")).ToContainTextAsync(", why: Say in a sentence why it is not on track.");

        var refused = page.Locator("section.check-in").First.Locator("fieldset.check-in-line").First;
        await refused.GetByLabel("Why, when not on track").FillAsync("Two clinic visits took my mornings.");
        await page.Locator("section.check-in").First.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("saved.");
        await Expect(page.Locator("section.check-in h2").First).ToContainTextAsync("(saved; saving again replaces it)");

        await manager.ReloadAsync();
        await Expect(manager.Locator("#missing-lena")).ToHaveCountAsync(0);
    }
}
