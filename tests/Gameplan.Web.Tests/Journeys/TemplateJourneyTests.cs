using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>A rep starts her plan from the territory template under the organisation's strategy, from the keyboard, on a phone.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class TemplateJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_rep_starts_her_territory_plan_from_the_template_under_a_strategy_and_it_opens_as_hers()
    {
        var page = await Journey.SignedInPageAsync("lena", width: 390, height: 844);
        await page.GotoAsync("/plans/new");
        var section = page.Locator("section.from-template");
        // A rep is offered the person templates only.
        await Expect(section.GetByLabel("A manager's team plan")).ToHaveCountAsync(0);
        var start = await section.GetByLabel("Period start").InputValueAsync();
        var end = await section.GetByLabel("Period end").InputValueAsync();
        Assert.NotEmpty(start);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "New plan scrolls sideways at 390 px");

        await section.GetByLabel("A rep's territory plan").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        var carriesOut = section.GetByLabel("Carries out");
        var s1 = await carriesOut.Locator("option", new() { HasTextRegex = StrategyS1() }).First.GetAttributeAsync("value");
        await carriesOut.SelectOptionAsync(s1!);
        await carriesOut.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(PlanPage());
        var header = page.Locator("main");
        await Expect(header).ToContainTextAsync("Territory plan");
        await Expect(header).ToContainTextAsync("lena");
        await Expect(page.Locator(".carries-out")).ToContainTextAsync("s1");
        await Expect(header).ToContainTextAsync("TODO");
        // The plan is hers, for the open cycle's period (pre-filled), carrying out the organisation plan's s1.
        using var admin = Journey.Factory.CreateClient();
        var cycle = (await admin.GetOkAsync("/api/v1/cycles"))[0];
        var plan = await admin.GetOkAsync("/api/v1/plans/" + page.Url.Split('/')[^1]);
        Assert.Equal((cycle.GetProperty("period_start").GetString(), cycle.GetProperty("period_end").GetString()), (start, end));
        Assert.Equal(("lena", start, "s1"), (plan.GetProperty("owner").GetString(), plan.GetProperty("period").GetProperty("start").GetString(), plan.GetProperty("parent").GetProperty("strategy").GetString()));
    }

    [GeneratedRegex(@"^s1 · ")]
    private static partial Regex StrategyS1();

    [GeneratedRegex(@"/plans/\d+$")]
    private static partial Regex PlanPage();
}
