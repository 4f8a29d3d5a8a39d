using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>A manager comments on a rep's tactic and returns the plan with a reason; the rep, on a phone, sees the count, replies and resolves.</summary>
[Collection(BrowserJourneys.Name)]
public sealed class CommentJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_manager_comments_and_returns_with_a_reason_and_the_rep_replies_and_resolves()
    {
        var planId = await LenasSubmittedPlanAsync();

        var omar = await Journey.SignedInPageAsync("omar");
        await omar.GotoAsync($"/plans/{planId}");
        var tactic = omar.Locator("li.tactic", new() { HasText = "Call five practice managers" });
        await tactic.GetByRole(AriaRole.Link, new() { Name = "Comment" }).Last.ClickAsync();
        await tactic.GetByLabel("New comment").FillAsync("@lena which clinics first?");
        await tactic.GetByRole(AriaRole.Button, new() { Name = "Comment", Exact = true }).ClickAsync();
        await Expect(tactic.Locator(".comment-body")).ToHaveTextAsync("@lena which clinics first?");
        await Expect(tactic.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("Hide comments \\(1 comment\\)") })).ToBeVisibleAsync();
        await omar.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Reason") }).FillAsync("Add a goal the tactic serves.");
        await omar.GetByRole(AriaRole.Button, new() { Name = "Return to draft" }).ClickAsync();
        await Expect(omar.GetByRole(AriaRole.Status)).ToHaveTextAsync("The plan is now draft.");

        var lena = await Journey.SignedInPageAsync("lena", width: 390, height: 844);
        await lena.GotoAsync($"/plans/{planId}");
        await Expect(lena.Locator(".plan-facts")).ToContainTextAsync("2 open threads");
        await Expect(lena.Locator("header.plan-header .comments")).ToContainTextAsync("1 comment, 1 open");
        var mine = lena.Locator("li.tactic", new() { HasText = "Call five practice managers" });
        var toggle = mine.GetByRole(AriaRole.Link, new() { Name = "1 comment, 1 open" });
        await toggle.ClickAsync();
        await mine.GetByLabel("Reply to Omar Haddad").FillAsync("The three groups in Lyon.");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await Expect(mine.Locator(".replies .comment-body")).ToHaveTextAsync("The three groups in Lyon.");
        await mine.GetByRole(AriaRole.Button, new() { Name = "Resolve thread" }).ClickAsync();
        await Expect(mine.Locator(".thread-actions .badge")).ToHaveTextAsync("Resolved by lena");
        var wide = await lena.EvaluateAsync<string[]>(WiderThanTheScreen);
        Assert.True(wide.Length == 0, "wider than a 390 px phone: " + string.Join(", ", wide));

        await lena.ReloadAsync();
        await Expect(lena.Locator(".plan-facts")).ToContainTextAsync("1 open thread");
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = "2 comments" })).ToBeVisibleAsync();
    }

    // Elements of the comments (and the plan header around them) whose right edge passes the screen's.
    private const string WiderThanTheScreen = """
        () => [...document.querySelectorAll('.comments, .comments *, .plan-header, .plan-header *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
            .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))
        """;

    /// <summary>Lena's personal plan with one tactic, submitted to Omar, her manager.</summary>
    private async Task<int> LenasSubmittedPlanAsync()
    {
        using var lena = Journey.Factory.CreateClientAs("lena");
        var plan = await lena.CreateAsync("/api/v1/plans", new { name = "Lena's 2030", scope = "person", owner = "lena", period = new { start = "2030-01-01", end = "2030-12-31" } });
        var url = $"/api/v1/plans/{plan.Id()}";
        var strategy = await lena.CreateAsync($"{url}/strategies", new { statement = "Win clinic groups through their practice managers.", dri = "lena" });
        await lena.CreateAsync($"{url}/strategies/{strategy.Id()}/tactics", new { action = "Call five practice managers every working day.", owner = "lena" });
        await lena.PostOkAsync($"{url}/submit");
        return plan.Id();
    }
}
