using System.Globalization;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>A manager turns a strategy into a new tactic in a real browser, keyboard and htmx included.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class AddTacticJourneyTests : JourneyTests
{
    private const string HiringStrategy = "Hire and ramp reps through one repeatable evaluation and onboarding process.";

    [ChromiumFact]
    public async Task A_tactic_added_through_the_form_appears_under_its_strategy()
    {
        const string action = "Pair every new rep with a senior buddy for their first ten demos.";
        var page = await Journey.SignedInPageAsync();

        var form = await OpenNewTacticFormAsync(page);
        await form.GetByLabel("Action").FillAsync(action);
        await form.GetByLabel("Owner").SelectOptionAsync(new SelectOptionValue { Label = "Grace Kim (grace)" });
        var start = DateOnly.Parse(await form.GetByLabel("Start").InputValueAsync(), CultureInfo.InvariantCulture);
        await form.GetByLabel("Due").FillAsync(start.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await form.GetByLabel("Tools and resources").FillAsync("Buddy programme checklist");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save tactic" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tactic added.");
        await Expect(page).ToHaveURLAsync(PlanPageAt("tactic"));
        await Expect(page.Locator(".tactic.just-saved")).ToContainTextAsync(action);
        await Expect(page.Locator(".tactic.just-saved")).ToBeInViewportAsync();

        await page.ReloadAsync();
        var branch = page.Locator("article.strategy", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = HiringStrategy }) });
        var tactic = branch.Locator("li.tactic", new() { HasText = action });
        await Expect(tactic).ToBeVisibleAsync();
        await Expect(tactic).ToContainTextAsync("Grace Kim");
        await Expect(tactic).ToContainTextAsync("Buddy programme checklist");
        await Expect(page.Locator("li.tactic", new() { HasText = action })).ToHaveCountAsync(1);
    }

    [ChromiumFact]
    public async Task A_due_date_before_the_start_is_shown_next_to_the_due_field()
    {
        var page = await Journey.SignedInPageAsync();

        var form = await OpenNewTacticFormAsync(page);
        await form.GetByLabel("Action").FillAsync("Run a mock interview with every candidate.");
        await form.GetByLabel("Start").FillAsync("2030-03-10");
        await form.GetByLabel("Due").FillAsync("2030-03-01");
        await form.GetByLabel("Due").PressAsync("Enter");

        var message = page.Locator("[data-valmsg-for='Input.Due']");
        await Expect(message).ToContainTextAsync("is before the start");
        await Expect(page.Locator("#Input_Due")).ToHaveClassAsync(new Regex("input-validation-error"));
        await Expect(page.GetByLabel("Action")).ToHaveValueAsync("Run a mock interview with every candidate.");

        await page.GotoAsync("/plans");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        await Expect(page.GetByText("Run a mock interview with every candidate.")).ToHaveCountAsync(0);
    }

    /// <summary>Plans list, then the demo plan, then "Add tactic" under the hiring strategy.</summary>
    private static async Task<ILocator> OpenNewTacticFormAsync(IPage page)
    {
        await page.GotoAsync("/plans");
        await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).ClickAsync();
        var strategy = page.Locator("article.strategy", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = HiringStrategy }) });
        await strategy.GetByRole(AriaRole.Link, new() { Name = "Add tactic" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New tactic" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Action")).ToBeFocusedAsync();
        return page.Locator("form.entity-form");
    }

    private static Regex PlanPageAt(string element) => new($@"/plans/\d+#{element}-\d+$");
}
