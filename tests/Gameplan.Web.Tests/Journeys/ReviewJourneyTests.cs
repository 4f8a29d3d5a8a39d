using System.Text.Json;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// The sales leader runs the demo's next tactical review (she runs the organisation plan's reviews): the off-pace
/// commitments are on the agenda, she gives Nia an action item and marks it held; Nia, on a phone, opens her coming
/// one-on-one and adds a talking point, listed with hers, before her manager's.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class ReviewJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_leader_runs_the_next_tactical_review_and_the_rep_prepares_her_one_on_one()
    {
        using var admin = Journey.Factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(admin);
        var reviews = demo.Details.GetProperty("reviews").EnumerateArray().ToList();
        var next = Next(reviews, "tactical");
        var oneOnOne = Next(reviews, "one_on_one");

        var rosa = await Journey.SignedInPageAsync("rosa");
        rosa.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await rosa.GotoAsync($"/plans/{demo.Id}");
        await rosa.Locator($"#review-{next} td.lead a").ClickAsync();
        await Expect(rosa.GetByRole(AriaRole.Heading, new() { Name = "Off-pace commitments and why" })).ToBeVisibleAsync();
        await Expect(rosa.Locator("#agenda-off_pace li").First).ToBeVisibleAsync();
        await rosa.GetByLabel("What", new() { Exact = true }).FillAsync("Call the three stalled clinics before Friday.");
        await rosa.GetByLabel("Owner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Nia Brooks" });
        await rosa.GetByLabel("Due", new() { Exact = true }).FillAsync("2099-01-15");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await Expect(rosa.Locator(".action-items li", new() { HasText = "Call the three stalled clinics" })).ToContainTextAsync("Nia Brooks");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Mark held" }).ClickAsync();
        await Expect(rosa.Locator("#held-notice")).ToContainTextAsync("kept when it was marked held");
        await Expect(rosa.GetByRole(AriaRole.Button, new() { Name = "Hold again with today's figures" })).ToBeVisibleAsync();

        var nia = await Journey.SignedInPageAsync("nia", width: 390, height: 844);
        await nia.GotoAsync($"/plans/{demo.Id}");
        await nia.Locator($"#review-{oneOnOne} td.lead a").ClickAsync();
        await nia.GetByLabel("Add a talking point").FillAsync("Can we role-play the opener?");
        await nia.GetByRole(AriaRole.Button, new() { Name = "Add talking point" }).ClickAsync();
        var points = nia.Locator(".talking-points li");
        await Expect(points).ToHaveCountAsync(3);
        await Expect(points.Nth(1)).ToContainTextAsync("Can we role-play the opener?");
        await Expect(points.Nth(2)).ToContainTextAsync("Omar Haddad");
        await Expect(nia.GetByRole(AriaRole.Button, new() { Name = "Mark held" })).ToHaveCountAsync(0);
        var wide = await nia.EvaluateAsync<string[]>(WiderThanTheScreen);
        Assert.True(wide.Length == 0, "wider than a 390 px phone: " + string.Join(", ", wide));
    }

    private static int Next(List<JsonElement> reviews, string kind) =>
        reviews.Where(r => r.Text("kind") == kind && !r.GetProperty("held").GetBoolean()).OrderBy(r => r.Text("date"), StringComparer.Ordinal).First().Id();

    private const string WiderThanTheScreen = """
        () => [...document.querySelectorAll('.review-workspace, .review-workspace *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
        """;
}
