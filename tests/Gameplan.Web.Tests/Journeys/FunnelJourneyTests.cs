using System.Globalization;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// The executive sets the plan's own funnel (demos booked to won deals) for the revenue goal, reads the demos each rep must
/// book a working day, sees that the commitments cover too little (GP611 on the funnel page and in the critique), tries a
/// better rate without a reload, raises the demos commitment, and watches the warning go.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class FunnelJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task The_executive_models_the_revenue_goal_and_raises_a_commitment_until_the_funnel_is_covered()
    {
        var demo = await DemoPlan.LoadAsync(Journey.Factory.CreateClient());
        var page = await Journey.SignedInPageAsync("rosa", width: 1400, height: 1000);

        await page.GotoAsync($"/plans/{demo.Id}/funnel/edit");
        // The form starts from the organisation's default (dials, meetings, demos booked, new customers), which it inherits.
        await Expect(page.Locator("#funnel-source")).ToContainTextAsync("Inherited: the organisation's default funnel");
        var form = page.Locator("#funnel-form");
        await Expect(form.GetByLabel("Stage 1 metric")).ToHaveValueAsync("dials");
        // Her plan commits to demos: she models from the demos on, with her own cycle, and mistypes a rate of 0 first.
        foreach (var row in new[] { "Stage 1", "Stage 2" })
        {
            await form.GetByLabel($"{row} metric").FillAsync("");
            await form.GetByLabel($"{row} rate").FillAsync("");
        }
        await form.GetByLabel("Sales cycle (days)").FillAsync("30");
        await form.GetByLabel("Stage 3 rate").FillAsync("0");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save funnel" }).ClickAsync();
        await Expect(page.Locator(".form-errors")).ToContainTextAsync("must be above 0 and at most 1");
        // The refused form comes back without the emptied rows: demos booked is now the first stage.
        await Expect(page.GetByLabel("Stage 1 metric")).ToHaveValueAsync("demos_booked");
        await Expect(page.GetByLabel("Stage 1 rate")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("Stage 1 rate").FillAsync("0.25");
        await page.Locator("#funnel-form").GetByRole(AriaRole.Button, new() { Name = "Save funnel" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Funnel saved.");
        await Expect(page.Locator("#funnel-source")).ToContainTextAsync("This funnel is set here.");

        await page.GotoAsync($"/plans/{demo.Id}/funnel");
        var goal = page.Locator("#funnel-g1");
        await Expect(goal.Locator(".funnel-headline")).ToContainTextAsync("demos booked a working day");
        await Expect(goal.Locator(".funnel-headline")).ToContainTextAsync("Each of 6 people");
        var warning = goal.Locator("[data-rule=GP611]");
        await Expect(warning).ToContainTextAsync("The commitments give");
        var required = await goal.Locator("#funnel-g1-demos_booked td[data-label=Required]").InnerTextAsync();

        // What if a quarter more demos closed? The model answers in place: same address, half the... fewer demos.
        var url = page.Url;
        await page.Locator("form.what-if").GetByLabel("Demos booked rate").FillAsync("0.5");
        await page.Locator("form.what-if").GetByLabel("Demos booked rate").DispatchEventAsync("change");
        await Expect(page.Locator("#funnel-model .what-if-badge")).ToBeVisibleAsync();
        var halved = await page.Locator("#funnel-g1-demos_booked td[data-label=Required]").InnerTextAsync();
        Assert.Equal(url, page.Url);
        Assert.True(Number(halved) < Number(required), $"a better rate needs fewer demos ({halved} against {required})");

        // The pace page says where today's activity leads: the leading indicators predicting the result.
        await page.GotoAsync($"/plans/{demo.Id}/pace");
        await Expect(page.Locator("#projection-g1")).ToContainTextAsync("at the current pace and");
        await Expect(page.Locator("#projection-g1")).ToContainTextAsync("of 13,000,000 USD");

        // The critique on the plan page says the same.
        await page.GotoAsync($"/plans/{demo.Id}");
        await Expect(page.Locator("#critique")).ToContainTextAsync("GP611");
        // Its "Fix it" leads to the funnel page, where the commitments meet what the goal requires.
        await Expect(page.Locator($"#critique a[href='/plans/{demo.Id}/funnel#funnel-g1']").First).ToHaveTextAsync("Fix it");

        // Raise the commitment: each rep books 400 demos a month.
        var commitment = demo.Commitment("t6", "demos_booked");
        await page.GotoAsync($"/plans/{demo.Id}/commitments/{commitment}/edit");
        await page.GetByLabel("Target").FillAsync("400");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save commitment" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();

        await page.GotoAsync($"/plans/{demo.Id}/funnel");
        await Expect(page.Locator("#funnel-g1 .funnel-headline")).ToBeVisibleAsync();
        await Expect(page.Locator("#funnel-g1 [data-rule=GP611]")).ToHaveCountAsync(0);
        await page.GotoAsync($"/plans/{demo.Id}");
        await Expect(page.Locator("#critique")).Not.ToContainTextAsync("GP611");
    }

    private static decimal Number(string text) => decimal.Parse(text.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);
}
