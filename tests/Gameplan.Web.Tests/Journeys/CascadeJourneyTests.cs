using System.Globalization;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A manager drafts next year's team plan under an organisation strategy, gives one of its goals to the
/// organisation's goal, and finds it on the cycle page and in the alignment view.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class CascadeJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_managers_team_plan_carries_out_a_strategy_covers_part_of_a_goal_and_shows_on_the_cycle_page_and_in_the_alignment_view()
    {
        var api = Journey.Factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(api);
        var cycle = (await api.GetOkAsync("/api/v1/cycles"))[0];
        // The demo already has next year's Mid-Market plan; Omar starts over, so the cycle shows the one he drafts here.
        var existing = (await api.GetOkAsync("/api/v1/plans")).EnumerateArray().Single(p => p.Text("name").EndsWith(" Mid-Market Plan", StringComparison.Ordinal));
        await api.DeleteAndExpectGoneAsync($"/api/v1/plans/{existing.Id()}");
        var omar = await Journey.SignedInPageAsync("omar", width: 390, height: 844);

        await omar.GotoAsync("/plans/new");
        // The blank plan's form (the page also offers templates above it).
        await omar.Locator("#Input_Name").FillAsync("Mid-Market next year");
        await omar.Locator("#Input_Team").SelectOptionAsync("Mid-Market");
        await omar.Locator("#Input_Owner").SelectOptionAsync("omar");
        await omar.Locator("#Input_Period_Start").FillAsync(cycle.Text("period_start"));
        await omar.Locator("#Input_Period_End").FillAsync(cycle.Text("period_end"));
        await omar.Locator("#CarriesOut").SelectOptionAsync($"s:s1|{demo.Id.ToString(CultureInfo.InvariantCulture)}");
        await omar.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();

        await Expect(omar.Locator(".carries-out")).ToContainTextAsync(new Regex(@"Carries out:\s+FY\d{4} Sales Plan\s+s1"));
        await omar.GetByRole(AriaRole.Link, new() { Name = "Add goal" }).ClickAsync();
        await omar.GetByLabel("Goal", new() { Exact = true }).FillAsync("Win 50 new clinic customers");
        await omar.GetByLabel("Unit", new() { Exact = true }).FillAsync("count");
        await omar.GetByLabel("Target", new() { Exact = true }).FillAsync("50");
        await omar.GetByLabel("Contributes to").SelectOptionAsync("g2");
        await omar.GetByLabel("Amount", new() { Exact = false }).FillAsync("50");
        await omar.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();
        await Expect(omar.Locator(".contribution")).ToContainTextAsync(new Regex(@"Gives 50 to FY\d{4} Sales Plan's g2"));

        await omar.GotoAsync($"/cycles/{cycle.Id()}");
        var team = omar.Locator("tr.cycle-team", new() { HasText = "Mid-Market" });
        await Expect(team).ToContainTextAsync("Mid-Market next year");
        await Expect(team).ToContainTextAsync("draft");
        await Expect(omar.Locator("tr.cycle-team", new() { HasText = "Enterprise" })).ToHaveCountAsync(0);

        var rosa = await Journey.SignedInPageAsync("rosa", width: 1400);
        await rosa.GotoAsync("/alignment");
        // This year's plan is one root (next year's company plan is another); its s1 is the first s1 in it.
        var root = rosa.Locator(".node-plan", new() { Has = rosa.Locator("> summary", new() { HasTextString = demo.Details.Text("name") }) });
        var strategy = root.Locator(".node-strategy", new() { Has = rosa.Locator("> summary .key", new() { HasTextString = "s1" }) }).First;
        await Expect(strategy.Locator(".node-plan > summary", new() { HasText = "Mid-Market next year" })).ToHaveCountAsync(1);
        await Expect(rosa.Locator(".node-goal > summary", new() { HasText = "Win 140 new clinic customers" })).ToContainTextAsync("child plans cover 50 of 140 (36%)");
    }
}
