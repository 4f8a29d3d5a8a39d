using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Security;

/// <summary>The role matrix on team and personal plans, through the API: bottom-up drafting, team boundaries, approval.</summary>
public sealed class TeamPlanAccessTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_rep_drafts_tactics_in_their_team_plan_but_changes_only_their_own()
    {
        var omar = _factory.CreateClientAs("omar");
        var plan = await omar.CreateAsync("/api/v1/plans", TeamPlan("Mid-Market", "omar"));
        var strategy = await omar.CreateAsync($"/api/v1/plans/{plan.Id()}/strategies", new { statement = "Win multi-site clinics on claim-denial savings." });
        var managers = await omar.CreateAsync($"/api/v1/plans/{plan.Id()}/strategies/{strategy.Id()}/tactics", new { action = "Run a pipeline review every Monday.", owner = "omar", authors = new[] { "omar" } });
        var lena = _factory.CreateClientAs("lena");

        var mine = await lena.CreateAsync($"/api/v1/plans/{plan.Id()}/strategies/{strategy.Id()}/tactics", new { action = "Call five clinic managers every morning.", owner = "lena", authors = new[] { "lena" } });
        var changeMine = await lena.PutAsJsonAsync($"/api/v1/plans/{plan.Id()}/tactics/{mine.Id()}", new { action = "Call six clinic managers every morning.", owner = "lena", authors = new[] { "lena" } });
        var addCommitment = await lena.PostAsJsonAsync($"/api/v1/plans/{plan.Id()}/tactics/{mine.Id()}/commitments", new { metric = "calls", unit = "count", target = 6, per = "day" });
        var changeTheirs = await lena.PutAsJsonAsync($"/api/v1/plans/{plan.Id()}/tactics/{managers.Id()}", new { action = "Cancel the pipeline review.", owner = "omar" });
        var changeStrategy = await lena.PutAsJsonAsync($"/api/v1/plans/{plan.Id()}/strategies/{strategy.Id()}", new { statement = "Something else." });

        Assert.Equal(HttpStatusCode.OK, changeMine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, addCommitment.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changeTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, changeStrategy.StatusCode);
        Assert.Equal("Run a pipeline review every Monday.", (await omar.GetOkAsync($"/api/v1/plans/{plan.Id()}/tactics/{managers.Id()}")).Text("action"));
    }

    [Fact]
    public async Task Another_teams_plan_is_invisible_to_a_rep_and_to_that_teams_peers_manager()
    {
        var grace = _factory.CreateClientAs("grace");
        var plan = await grace.CreateAsync("/api/v1/plans", TeamPlan("Enterprise", "grace"));

        var byMidMarketRep = await _factory.CreateClientAs("lena").GetAsync($"/api/v1/plans/{plan.Id()}");
        var byMidMarketManager = await _factory.CreateClientAs("omar").GetAsync($"/api/v1/plans/{plan.Id()}");
        var byEnterpriseRep = await _factory.CreateClientAs("ravi").GetAsync($"/api/v1/plans/{plan.Id()}");
        var lenasList = await _factory.CreateClientAs("lena").GetOkAsync("/api/v1/plans");

        Assert.Equal(HttpStatusCode.Forbidden, byMidMarketRep.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byMidMarketManager.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byEnterpriseRep.StatusCode);
        Assert.DoesNotContain(lenasList.EnumerateArray(), p => p.Id() == plan.Id());
    }

    [Fact]
    public async Task A_rep_writes_their_own_plan_and_their_manager_approves_it()
    {
        var nia = _factory.CreateClientAs("nia");
        var plan = await nia.CreateAsync("/api/v1/plans", new { name = "Nia's Q1", scope = "person", owner = "nia", period = Period() });
        var forSomeoneElse = await nia.PostAsJsonAsync("/api/v1/plans", new { name = "Lena's Q1", scope = "person", owner = "lena", period = Period() });
        await nia.PostOkAsync($"/api/v1/plans/{plan.Id()}/submit");

        var selfApproval = await nia.PostAsync($"/api/v1/plans/{plan.Id()}/approve", null);
        var peerRead = await _factory.CreateClientAs("mateo").GetAsync($"/api/v1/plans/{plan.Id()}");
        var otherManager = await _factory.CreateClientAs("grace").PostAsync($"/api/v1/plans/{plan.Id()}/approve", null);
        var approved = await _factory.CreateClientAs("omar").PostOkAsync($"/api/v1/plans/{plan.Id()}/approve", new { @override = true, reason = "Goals follow at our one-on-one." });

        Assert.Equal(HttpStatusCode.Forbidden, forSomeoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, selfApproval.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, peerRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherManager.StatusCode);
        Assert.Equal("active", approved.Text("status"));
    }

    [Fact]
    public async Task A_rep_acknowledges_only_their_own_commitment()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var url = $"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}/acknowledgements";
        var nia = _factory.CreateClientAs("nia");

        var own = await nia.PostAsJsonAsync(url, new { person = "nia" });
        var forRavi = await nia.PostAsJsonAsync(url, new { person = "ravi" });

        var acknowledged = (await own.ExpectAsync(HttpStatusCode.OK)).GetProperty("acknowledged_by").Strings();
        Assert.Contains("nia", acknowledged);
        Assert.Equal(HttpStatusCode.Forbidden, forRavi.StatusCode);
    }

    private static object TeamPlan(string team, string owner) =>
        new { name = $"{team} 2027", scope = "team", team, owner, period = Period() };

    private static object Period() => new { start = "2027-01-01", end = "2027-12-31" };
}
