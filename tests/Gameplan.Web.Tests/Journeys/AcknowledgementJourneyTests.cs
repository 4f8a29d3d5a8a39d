using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>A rep acknowledges commitments on My day and on the plan page, and the plan's critique stops asking for them (GP308).</summary>
[Collection(BrowserJourneys.Name)]
public sealed class AcknowledgementJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_rep_acknowledges_on_my_day_and_the_unacknowledged_finding_goes_away()
    {
        var page = await Journey.SignedInPageAsync("nia");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).First.ClickAsync();
        var finding = page.Locator("li.finding", new() { HasTextRegex = new Regex(@"GP308[\s\S]*Prospect multi-site clinics") });
        await Expect(finding).ToContainTextAsync("nia");
        var fixIt = await finding.GetByRole(AriaRole.Link, new() { Name = "Fix it" }).GetAttributeAsync("href");

        await page.GetByRole(AriaRole.Link, new() { Name = "My day" }).ClickAsync();
        var waiting = page.Locator("#acknowledge li", new() { HasText = "prospecting minutes" });
        await waiting.GetByRole(AriaRole.Button, new() { Name = "Acknowledge prospecting minutes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Acknowledged: prospecting minutes.");
        await Expect(waiting).ToHaveCountAsync(0);

        await page.GotoAsync(fixIt!);
        await Expect(page.Locator("li.finding", new() { HasText = "GP308" }).First).ToBeVisibleAsync();
        await Expect(finding).ToHaveCountAsync(0);
        Assert.Matches(@"^/plans/\d+#tactic-\d+$", fixIt);

        // On the plan page the button swaps the commitment and the critique in place (htmx).
        var linkedIn = page.Locator("li.finding", new() { HasTextRegex = new Regex(@"GP308[\s\S]*LinkedIn groups") });
        await Expect(linkedIn).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge linkedin posts" }).ClickAsync();
        await Expect(page.Locator("ul.commitments li", new() { HasText = "linkedin posts" })).ToContainTextAsync("acknowledged by Nia");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge linkedin posts" })).ToHaveCountAsync(0);
        await Expect(linkedIn).ToHaveCountAsync(0);
    }
}
