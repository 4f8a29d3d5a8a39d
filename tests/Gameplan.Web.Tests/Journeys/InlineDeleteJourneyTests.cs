using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>Deleting a commitment in place: htmx asks, sends the antiforgery header from site.js, and removes the line.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class InlineDeleteJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_commitment_deleted_in_place_disappears_only_after_the_user_confirms()
    {
        var page = await Journey.SignedInPageAsync();
        await page.GotoAsync("/plans");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        var commitment = page.Locator(".commitments li", new() { HasText = "linkedin posts" });
        await Expect(commitment).ToHaveCountAsync(1);
        var url = page.Url;

        string? question = null;
        page.Dialog += DismissOnce;
        await commitment.GetByRole(AriaRole.Button, new() { Name = "Delete…" }).ClickAsync();
        await Expect(commitment).ToHaveCountAsync(1);
        Assert.Equal("Delete the commitment 'linkedin posts'?", question);

        page.Dialog += Accept;
        await commitment.GetByRole(AriaRole.Button, new() { Name = "Delete…" }).ClickAsync();
        await Expect(commitment).ToHaveCountAsync(0);
        Assert.Equal(url, page.Url);

        await page.ReloadAsync();
        await Expect(page.Locator(".commitments li", new() { HasText = "linkedin posts" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".commitments li", new() { HasText = "prospecting minutes" })).ToHaveCountAsync(1);

        void DismissOnce(object? sender, IDialog dialog)
        {
            page.Dialog -= DismissOnce;
            question = dialog.Message;
            _ = dialog.DismissAsync();
        }

        static void Accept(object? sender, IDialog dialog) => _ = dialog.AcceptAsync();
    }
}
