using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Home;

/// <summary>The manager's home, /home/team: the team's pace and why, the plans waiting, this week's reviews; who may read which team.</summary>
public sealed class TeamHomePageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_manager_sees_his_people_by_name_who_is_behind_and_why_the_plan_waiting_for_him_and_this_week_s_review()
    {
        using var omar = _factory.CreateClientAs("omar");
        var team = await TeamAsync("Mid-Market");
        var today = (await omar.GetOkAsync($"/api/v1/teams/{team}/pace")).Text("today");
        var midMarketPlan = (await omar.GetOkAsync("/api/v1/plans")).EnumerateArray().Single(p => p.Text("name").EndsWith("Mid-Market Plan", StringComparison.Ordinal)).Id();
        var review = await omar.CreateAsync($"/api/v1/plans/{midMarketPlan}/reviews", new { kind = "one_on_one", date = today, person = "lena" });
        var day = DateOnly.Parse(today, CultureInfo.InvariantCulture);
        var nextMonday = day.AddDays(7 - ((int)day.DayOfWeek + 6) % 7);
        var nextWeek = await omar.CreateAsync($"/api/v1/plans/{midMarketPlan}/reviews", new { kind = "one_on_one", date = nextMonday, person = "mateo" });

        var html = await omar.GetPageAsync("/home/team");

        Assert.Contains("<h1>Your team: Mid-Market</h1>", html, StringComparison.Ordinal);
        var pace = PageForms.Element(html, "team-pace", "table");
        foreach (var name in new[] { "Lena Fischer", "Mateo Alvarez", "Nia Brooks", "Omar Haddad" })
        {
            Assert.Contains($">{name}</a></th>", pace, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("Ravi Menon", pace, StringComparison.Ordinal);
        Assert.DoesNotContain(">nia<", pace, StringComparison.Ordinal);
        // Nia logs 70% of her due (the demo's effort): off track, with the reason in words and a link to the off-pace list.
        var nia = Row(pace, "nia");
        Assert.Contains("Off track", nia, StringComparison.Ordinal);
        Assert.Contains($"href=\"/pace?team={team}\"", nia, StringComparison.Ordinal);
        Assert.Matches("low attainment: \\d+% of the", nia);
        Assert.Matches("<td class=\"num\" data-label=\"Attainment\">\\d+%</td>", nia);

        var plans = PageForms.Element(html, "plans-waiting-table", "table");
        var mateos = Regex.Match(plans, "<tr id=\"waiting-plan-\\d+\">.*?Territory Plan: Mateo Alvarez.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("<td data-label=\"Whose\">Mateo Alvarez", mateos, StringComparison.Ordinal);
        Assert.Contains("Submitted for your approval", mateos, StringComparison.Ordinal);
        // Nia's plan was returned: it waits as a draft of the cycle, after the plan in review.
        Assert.Contains("Returned to draft", plans, StringComparison.Ordinal);
        Assert.True(plans.IndexOf("Submitted for your approval", StringComparison.Ordinal) < plans.IndexOf("Returned to draft", StringComparison.Ordinal), plans);
        Assert.DoesNotContain("Ravi Menon", plans, StringComparison.Ordinal);

        var reviews = html[html.IndexOf("id=\"reviews-this-week\"", StringComparison.Ordinal)..];
        Assert.Contains($"href=\"/plans/{midMarketPlan}/reviews/{review.Id()}\"", reviews, StringComparison.Ordinal);
        Assert.Contains("One-on-one with Lena Fischer", reviews, StringComparison.Ordinal);
        Assert.Contains(day.ToString("d MMM yyyy", CultureInfo.InvariantCulture), reviews, StringComparison.Ordinal);
        // Next Monday's is next week's.
        Assert.DoesNotContain($"/reviews/{nextWeek.Id()}\"", reviews, StringComparison.Ordinal);
        Assert.DoesNotContain("One-on-one with Mateo Alvarez", reviews, StringComparison.Ordinal);
        Assert.Contains($"href=\"/teams/{team}/pace\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rep_may_not_open_the_team_home()
    {
        using var lena = _factory.CreateClientAs("lena");

        var response = await lena.GetAsync("/home/team");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_executive_picks_any_team_and_starts_on_the_first()
    {
        using var rosa = _factory.CreateClientAs("rosa");
        var enterprise = await TeamAsync("Enterprise");

        var first = await rosa.GetPageAsync("/home/team");
        var picked = await rosa.GetPageAsync($"/home/team?team={enterprise}");

        Assert.Contains("<h1>Team: Enterprise</h1>", first, StringComparison.Ordinal);
        Assert.Contains("<option value=", first, StringComparison.Ordinal);
        Assert.Contains("<h1>Team: Enterprise</h1>", picked, StringComparison.Ordinal);
        Assert.Contains(">Ravi Menon</a></th>", PageForms.Element(picked, "team-pace", "table"), StringComparison.Ordinal);
        // Ravi's draft is of the cycle; Sofia's plan is approved and waits on nobody.
        var plans = PageForms.Element(picked, "plans-waiting-table", "table");
        Assert.Contains("Territory Plan: Ravi Menon", plans, StringComparison.Ordinal);
        Assert.DoesNotContain("Sofia Rossi", plans, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_may_not_open_another_manager_s_team_and_an_unknown_team_is_not_found()
    {
        using var omar = _factory.CreateClientAs("omar");
        var enterprise = await TeamAsync("Enterprise");

        var graces = await omar.GetAsync($"/home/team?team={enterprise}");
        var unknown = await omar.GetAsync("/home/team?team=999999");
        var nonsense = await omar.GetAsync("/home/team?team=many");

        Assert.Equal(HttpStatusCode.Forbidden, graces.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, nonsense.StatusCode);
    }

    private async Task<int> TeamAsync(string name) =>
        (await _factory.CreateClient().GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == name).Id();

    private static string Row(string table, string handle) =>
        Regex.Match(table, $"<tr id=\"person-{handle}\">.*?</tr>", RegexOptions.Singleline).Value is { Length: > 0 } row ? row : throw new Xunit.Sdk.XunitException($"No row for {handle} in {table}");
}
