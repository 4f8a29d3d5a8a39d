using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>A rep looks for the prospecting tactic by two words, sees it marked, and lands on it in the plan page.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class SearchJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_rep_types_two_words_sees_the_tactic_and_follows_it_to_its_place_in_the_plan()
    {
        var page = await Journey.SignedInPageAsync("lena", width: 1400);
        await page.GotoAsync("/search");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Words to find in plans, goals, strategies, tactics and people" });
        await Expect(box).ToBeFocusedAsync();
        await box.FillAsync("hour multi-site");
        await box.PressAsync("Enter");

        var tactics = page.Locator("#search-tactics");
        await Expect(tactics.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Tactics") })).ToBeVisibleAsync();
        var link = tactics.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Prospect multi-site clinics") }).First;
        await Expect(link.Locator("mark")).ToHaveTextAsync(["multi-site", "hour"]);
        var href = await link.GetAttributeAsync("href");
        await link.ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(href!) + "$"));
        await Expect(page.Locator(href![href!.IndexOf('#')..])).ToContainTextAsync("Prospect multi-site clinics");
    }
}
