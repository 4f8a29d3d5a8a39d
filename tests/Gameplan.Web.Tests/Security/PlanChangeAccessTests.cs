using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Security;

/// <summary>
/// What a change makes is authorised, not only what it touches (issue #11, point 2): a plan changes only
/// into a plan its changer may still change, and an element names only people its changer may hold to account.
/// </summary>
public sealed class PlanChangeAccessTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_rep_cannot_turn_their_personal_plan_into_anyone_elses_plan()
    {
        var nia = _factory.CreateClientAs("nia");
        var plan = await nia.CreateAsync("/api/v1/plans", PersonalPlan("nia"));
        var url = $"/api/v1/plans/{plan.Id()}";

        var toOrganization = await nia.PutAsJsonAsync(url, new { name = "Nia's Q1", scope = "organization", owner = "nia", period = Period() });
        var toOwnTeam = await nia.PutAsJsonAsync(url, new { name = "Nia's Q1", scope = "team", team = "Mid-Market", owner = "nia", period = Period() });
        var toOtherTeam = await nia.PutAsJsonAsync(url, new { name = "Nia's Q1", scope = "team", team = "Enterprise", owner = "nia", period = Period() });
        var toColleague = await nia.PutAsJsonAsync(url, PersonalPlan("lena"));
        var renamed = await nia.PutAsJsonAsync(url, PersonalPlan("nia") with { Name = "Nia's first quarter" });

        await toOrganization.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await toOwnTeam.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await toOtherTeam.ExpectProblemAsync(HttpStatusCode.Forbidden);
        var refusal = await toColleague.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var stored = await _factory.CreateClient().GetOkAsync(url);
        Assert.Equal(("person", "nia", "Nia's first quarter"), (stored.Text("scope"), stored.Text("owner"), stored.Text("name")));
        Assert.Contains("scope, team or owner", refusal.Text("detail"));
    }

    [Fact]
    public async Task A_manager_cannot_move_her_team_plan_to_another_team_or_hand_it_to_someone_outside_her_teams()
    {
        var omar = _factory.CreateClientAs("omar");
        var plan = await omar.CreateAsync("/api/v1/plans", TeamPlan("Mid-Market", "omar"));
        var url = $"/api/v1/plans/{plan.Id()}";

        var toEnterprise = await omar.PutAsJsonAsync(url, TeamPlan("Enterprise", "omar"));
        var toOrganization = await omar.PutAsJsonAsync(url, new { name = "Mid-Market 2027", scope = "organization", owner = "omar", period = Period() });
        var toGracesRep = await omar.PutAsJsonAsync(url, TeamPlan("Mid-Market", "ravi"));
        var toOwnRep = await omar.PutAsJsonAsync(url, TeamPlan("Mid-Market", "lena"));

        await toEnterprise.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await toOrganization.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("'ravi' as owner", (await toGracesRep.ExpectProblemAsync(HttpStatusCode.Forbidden)).Text("detail"));
        Assert.Equal(HttpStatusCode.OK, toOwnRep.StatusCode);
        var stored = await _factory.CreateClient().GetOkAsync(url);
        Assert.Equal(("team", "Mid-Market", "lena"), (stored.Text("scope"), stored.Text("team"), stored.Text("owner")));
    }

    [Fact]
    public async Task A_manager_names_as_dri_only_herself_and_the_people_of_her_teams()
    {
        var omar = _factory.CreateClientAs("omar");
        var plan = await omar.CreateAsync("/api/v1/plans", TeamPlan("Mid-Market", "omar"));
        var url = $"/api/v1/plans/{plan.Id()}";

        var goalForGracesRep = await omar.PostAsJsonAsync($"{url}/goals", new { title = "Win 20 clinics", dri = "ravi" });
        var strategyForRosa = await omar.PostAsJsonAsync($"{url}/strategies", new { statement = "Sell through referral partners.", dri = "rosa" });
        var goal = await omar.CreateAsync($"{url}/goals", new { title = "Win 20 clinics", dri = "lena" });
        var movedToRavi = await omar.PutAsJsonAsync($"{url}/goals/{goal.Id()}", new { title = "Win 20 clinics", dri = "ravi" });

        Assert.Contains("dri", (await goalForGracesRep.ExpectProblemAsync(HttpStatusCode.Forbidden)).Text("detail"));
        await strategyForRosa.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await movedToRavi.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("lena", (await omar.GetOkAsync($"{url}/goals/{goal.Id()}")).Text("dri"));
    }

    [Fact]
    public async Task A_rep_commits_only_himself_in_the_tactics_he_drafts()
    {
        var plan = await _factory.CreateClientAs("omar").CreateAsync("/api/v1/plans", TeamPlan("Mid-Market", "omar"));
        var url = $"/api/v1/plans/{plan.Id()}";
        var strategy = await _factory.CreateClientAs("omar").CreateAsync($"{url}/strategies", new { statement = "Win multi-site clinics on claim-denial savings." });
        var lena = _factory.CreateClientAs("lena");

        var ownedByMateo = await lena.PostAsJsonAsync($"{url}/strategies/{strategy.Id()}/tactics", new { action = "Call ten clinics a day.", owner = "mateo" });
        var ownedByTeam = await lena.PostAsJsonAsync($"{url}/strategies/{strategy.Id()}/tactics", new { action = "Call ten clinics a day.", owner = "team" });
        var tactic = await lena.CreateAsync($"{url}/strategies/{strategy.Id()}/tactics", new { action = "Call ten clinics a day.", owner = "lena" });
        var forMateo = await lena.PostAsJsonAsync($"{url}/tactics/{tactic.Id()}/commitments", new { metric = "calls", target = 10, assignees = "named", people = new[] { "lena", "mateo" } });
        var forTheTeam = await lena.PostAsJsonAsync($"{url}/tactics/{tactic.Id()}/commitments", new { metric = "calls", target = 10, assignees = "team" });
        var forHerself = await lena.PostAsJsonAsync($"{url}/tactics/{tactic.Id()}/commitments", new { metric = "calls", target = 10 });

        Assert.Contains("'mateo' as owner", (await ownedByMateo.ExpectProblemAsync(HttpStatusCode.Forbidden)).Text("detail"));
        await ownedByTeam.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("'mateo' as people", (await forMateo.ExpectProblemAsync(HttpStatusCode.Forbidden)).Text("detail"));
        await forTheTeam.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.Created, forHerself.StatusCode);
        var commitments = await lena.GetOkAsync($"{url}/tactics/{tactic.Id()}/commitments");
        Assert.Equal(["owner"], commitments.EnumerateArray().Select(c => c.Text("assignees")));
    }

    [Fact]
    public async Task The_manager_of_the_team_commits_his_reps_and_the_whole_team()
    {
        var omar = _factory.CreateClientAs("omar");
        var plan = await omar.CreateAsync("/api/v1/plans", TeamPlan("Mid-Market", "omar"));
        var url = $"/api/v1/plans/{plan.Id()}";
        var strategy = await omar.CreateAsync($"{url}/strategies", new { statement = "Win multi-site clinics on claim-denial savings." });
        var tactic = await omar.CreateAsync($"{url}/strategies/{strategy.Id()}/tactics", new { action = "Call ten clinics a day.", owner = "team" });

        var forReps = await omar.PostAsJsonAsync($"{url}/tactics/{tactic.Id()}/commitments", new { metric = "calls", target = 10, assignees = "named", people = new[] { "lena", "mateo" } });
        var forGracesRep = await omar.PostAsJsonAsync($"{url}/tactics/{tactic.Id()}/commitments", new { metric = "demos", target = 1, assignees = "named", people = new[] { "ravi" } });

        Assert.Equal(HttpStatusCode.Created, forReps.StatusCode);
        await forGracesRep.ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_plan_edit_form_shows_the_refusal_and_keeps_the_plan()
    {
        var nia = _factory.CreateClientAs("nia");
        var plan = await nia.CreateAsync("/api/v1/plans", PersonalPlan("nia"));
        var browser = _factory.BrowserClient();
        browser.DefaultRequestHeaders.Authorization = new("Bearer", _factory.TokenFor("nia"));

        var html = await (await browser.SubmitAsync($"/plans/{plan.Id()}/edit",
        [
            ("Input.Name", "Nia's Q1"), ("Input.Scope", "Organization"), ("Input.Owner", "nia"),
            ("Input.Period.Start", "2027-01-01"), ("Input.Period.End", "2027-03-31"),
        ])).ExpectFormAgainAsync();

        Assert.Contains("You may not move this plan where you could no longer change it", html);
        Assert.Equal("person", (await _factory.CreateClient().GetOkAsync($"/api/v1/plans/{plan.Id()}")).Text("scope"));
    }

    private static PlanBody PersonalPlan(string owner) => new("Nia's Q1", "person", null, owner, Period());

    private static PlanBody TeamPlan(string team, string owner) => new($"{team} 2027", "team", team, owner, Period());

    private static object Period() => new { start = "2027-01-01", end = "2027-03-31" };

    /// <summary>A plan's header as the API takes it (serialised in camel case, which the API reads).</summary>
    private sealed record PlanBody(string Name, string Scope, string? Team, string Owner, object Period);
}
