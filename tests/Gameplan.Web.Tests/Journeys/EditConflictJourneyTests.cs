using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>Two people open the same goal's edit form; the second save finds the first one's change instead of overwriting it.</summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class EditConflictJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task The_second_of_two_people_saving_one_goal_sees_the_first_ones_change_with_her_own_input_kept()
    {
        var api = Journey.Factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(api);
        var goalUrl = $"{demo.Url}/goals/{demo.Goal("g2")}";
        var before = await api.GetOkAsync(goalUrl);
        var form = $"/plans/{demo.Id}/goals/{demo.Goal("g2")}/edit";
        var rosa = await Journey.SignedInPageAsync("rosa");
        var alex = await Journey.SignedInPageAsync("alex");
        await rosa.GotoAsync(form);
        await alex.GotoAsync(form);

        await rosa.GetByLabel("Goal", new() { Exact = true }).FillAsync("Win 150 new clinic customers");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();
        await rosa.WaitForURLAsync(PlanPage());
        await alex.GetByLabel("Target", new() { Exact = true }).FillAsync("175");
        await alex.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();

        var conflict = alex.Locator(".edit-conflict");
        await Expect(conflict).ToContainTextAsync("Someone else saved a change while you were editing");
        var title = conflict.Locator("tbody tr", new() { HasText = "Title" });
        await Expect(title.Locator(".theirs")).ToHaveTextAsync("Win 150 new clinic customers");
        await Expect(title.Locator(".yours")).ToHaveTextAsync(before.Text("title"));
        await Expect(alex.GetByLabel("Target", new() { Exact = true })).ToHaveValueAsync("175");
        var kept = await api.GetOkAsync(goalUrl);
        Assert.Equal(("Win 150 new clinic customers", before.GetProperty("target").GetDecimal()), (kept.Text("title"), kept.GetProperty("target").GetDecimal()));

        await alex.GetByLabel("Goal", new() { Exact = true }).FillAsync("Win 150 new clinic customers");
        await alex.GetByRole(AriaRole.Button, new() { Name = "Save goal" }).ClickAsync();
        await alex.WaitForURLAsync(PlanPage());
        var saved = await api.GetOkAsync(goalUrl);
        Assert.Equal(("Win 150 new clinic customers", 175m), (saved.Text("title"), saved.GetProperty("target").GetDecimal()));
    }

    [ChromiumFact]
    public async Task Every_edit_form_of_a_plan_shows_the_conflict_instead_of_overwriting_and_keeps_what_was_typed()
    {
        var demo = await DemoPlan.LoadAsync(Journey.Factory.CreateClient());
        var commitment = demo.Details.GetProperty("strategies")[0].GetProperty("tactics")[0].GetProperty("commitments")[0].Id();
        var forms = new (string Url, string Theirs, string TheirValue, string Row, string Yours, string YourValue, string Save)[]
        {
            ($"/plans/{demo.Id}/edit", "Name", "Renamed by Rosa", "Name", "What is our mission?", "Alex's mission", "Save plan"),
            ($"/plans/{demo.Id}/strategies/{demo.Strategy("s1")}/edit", "Strategy", "Rosa's statement of the strategy", "Statement", "Key", "s1b", "Save strategy"),
            ($"/plans/{demo.Id}/tactics/{demo.Tactic("t1")}/edit", "Action", "Rosa's action", "Action", "Tools and resources", "CRM seats", "Save tactic"),
            ($"/plans/{demo.Id}/commitments/{commitment}/edit", "Target", "42", "Target", "Activity metric", "demos_booked", "Save commitment"),
            ($"/plans/{demo.Id}/reviews/{demo.OneOnOneReview()}/edit", "Notes", "Rosa's notes", "Notes", "Notes", "Alex's notes", "Save review"),
        };
        var rosa = await Journey.SignedInPageAsync("rosa");
        var alex = await Journey.SignedInPageAsync("alex");

        foreach (var form in forms)
        {
            await rosa.GotoAsync(form.Url);
            await alex.GotoAsync(form.Url);
            await rosa.GetByLabel(form.Theirs, new() { Exact = false }).First.FillAsync(form.TheirValue);
            await rosa.GetByRole(AriaRole.Button, new() { Name = form.Save }).ClickAsync();
            await rosa.WaitForURLAsync(url => !url.Contains("/edit", StringComparison.Ordinal));
            await alex.GetByLabel(form.Yours, new() { Exact = false }).First.FillAsync(form.YourValue);
            await alex.GetByRole(AriaRole.Button, new() { Name = form.Save }).ClickAsync();

            var row = alex.Locator(".edit-conflict tbody tr", new() { HasText = form.Row });
            await Expect(row.Locator(".theirs")).ToHaveTextAsync(form.TheirValue);
            await Expect(alex.GetByLabel(form.Yours, new() { Exact = false }).First).ToHaveValueAsync(form.YourValue);
            Assert.Contains("/edit", alex.Url, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex(@"/plans/\d+#goal-\d+$")]
    private static partial Regex PlanPage();
}
