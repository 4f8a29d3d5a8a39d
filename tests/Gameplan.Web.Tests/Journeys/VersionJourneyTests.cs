using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A rep's plan through approval and back: lena submits, omar (her manager) approves what she submitted; lena then
/// changes her goal, the plan says it changed since approval and is in review again, and omar, on a phone, reads
/// the old and the new target before deciding.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class VersionJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_goal_changed_after_approval_goes_back_to_review_and_the_manager_sees_the_old_and_new_target()
    {
        var (planId, goalId) = await LenasPlanAsync();
        var lena = await Journey.SignedInPageAsync("lena");
        await lena.GotoAsync($"/plans/{planId}");
        await lena.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(lena.Locator(".plan-facts .badge")).ToHaveTextAsync("In review");

        var omar = await Journey.SignedInPageAsync("omar", width: 390, height: 844);
        await omar.GotoAsync($"/plans/{planId}");
        var review = omar.Locator("#review-changes");
        await Expect(review).ToContainTextAsync("Changed since it was first submitted");
        await Expect(review).ToContainTextAsync("No changes.");
        // Lena's short plan still has critique errors (not under test here): approving it is an override with a reason.
        var anyway = omar.GetByLabel("Approve anyway, despite the errors");
        if (await anyway.CountAsync() > 0)
        {
            await anyway.CheckAsync();
        }
        await omar.Locator("#decision-reason").FillAsync("Agreed in our one-on-one.");
        await omar.Locator("button[name=to][value=Approve]").ClickAsync();
        await Expect(omar.Locator(".plan-facts .badge")).ToHaveTextAsync("Active");
        await Expect(omar.Locator(".changed-since-approval")).ToHaveCountAsync(0);

        await lena.GotoAsync($"/plans/{planId}/goals/{goalId}/edit");
        await lena.GetByLabel("Target").FillAsync("12");
        await lena.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();
        await lena.WaitForURLAsync(PlanPage());
        await Expect(lena.Locator(".plan-facts .badge")).ToHaveTextAsync("In review");
        await Expect(lena.Locator("#review-changes h2")).ToContainTextAsync("Changed since approval");

        await omar.ReloadAsync();
        await Expect(omar.Locator(".plan-facts .badge")).ToHaveTextAsync("In review");
        var change = omar.Locator("#review-changes li", new() { HasText = "Goal g1" });
        await Expect(change).ToContainTextAsync("Book 10 demos a month");
        await Expect(change.Locator("dd")).ToHaveTextAsync(TenToTwelve());
        Assert.True(await RightEdgeAsync(omar, "#review-changes") <= 390, "The changes since approval are wider than a 390 px phone.");

        await review.GetByRole(AriaRole.Link, new() { Name = "all versions" }).ClickAsync();
        await Expect(omar.Locator("table.versions tbody tr")).ToHaveCountAsync(3);
        await Expect(omar.Locator("#compare .version-diff")).ToContainTextAsync("target");
        Assert.True(await omar.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "The versions page scrolls sideways at 390 px.");
    }

    /// <summary>How far right the element and everything in it reach, in CSS pixels.</summary>
    private static Task<double> RightEdgeAsync(IPage page, string selector) =>
        page.EvaluateAsync<double>($"Math.max(...[...document.querySelectorAll('{selector}, {selector} *')].map(e => e.getBoundingClientRect().right))");

    /// <summary>Lena's own plan in draft with one goal, 10 demos a month, made through the API.</summary>
    private async Task<(int Plan, int Goal)> LenasPlanAsync()
    {
        using var lena = Journey.Factory.CreateClientAs("lena");
        var plan = await lena.CreateAsync("/api/v1/plans", new { name = "Lena's territory plan", scope = "person", owner = "lena", period = new { start = "2031-01-01", end = "2031-12-31" } });
        var goal = await lena.CreateAsync($"/api/v1/plans/{plan.Id()}/goals", new { key = "g1", title = "Book 10 demos a month", metric = "demos", unit = "count", target = 10 });
        return (plan.Id(), goal.Id());
    }

    [GeneratedRegex(@"/plans/\d+(#.*)?$")]
    private static partial Regex PlanPage();

    [GeneratedRegex(@"^\s*10\s*→\s*becomes\s*12\s*$")]
    private static partial Regex TenToTwelve();
}
