using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Commitments;

/// <summary>Only the assignees of a commitment acknowledge it, each for themselves (issue #11, point 17).</summary>
public sealed class AcknowledgementTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_rep_acknowledges_a_commitment_named_for_him_and_one_of_a_tactic_he_owns()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var nia = _factory.CreateClientAs("nia");

        var named = await nia.PostOkAsync($"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}/acknowledgements", new { person = "nia" });
        var owned = await nia.PostOkAsync($"{demo.Url}/commitments/{demo.Commitment("t2", "linkedin_posts")}/acknowledgements", new { person = "nia" });

        Assert.Contains("nia", named.GetProperty("acknowledged_by").Strings());
        Assert.Equal(["nia"], owned.GetProperty("acknowledged_by").Strings());
    }

    [Fact]
    public async Task Someone_the_commitment_does_not_bind_cannot_acknowledge_it()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var url = $"{demo.Url}/commitments/{demo.Commitment("t4", "webinars")}";

        var byNia = await _factory.CreateClientAs("nia").PostAsJsonAsync($"{url}/acknowledgements", new { person = "nia" });
        var byRosa = await _factory.CreateClientAs("rosa").PostAsJsonAsync($"{url}/acknowledgements", new { person = "rosa" });

        Assert.Contains("not one of them", (await byNia.ExpectProblemAsync(HttpStatusCode.Forbidden)).Text("detail"));
        await byRosa.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Empty((await _factory.CreateClient().GetOkAsync(url)).GetProperty("acknowledged_by").EnumerateArray());
    }

    [Theory]
    [InlineData("alex")]
    [InlineData("rosa")]
    [InlineData("omar")]
    public async Task Nobody_acknowledges_for_an_assignee_not_even_an_admin_an_executive_or_their_manager(string who)
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var url = $"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}";

        var response = await _factory.CreateClientAs(who).PostAsJsonAsync($"{url}/acknowledgements", new { person = "nia" });

        Assert.Contains("only your own", (await response.ExpectProblemAsync(HttpStatusCode.Forbidden)).Text("detail"));
        Assert.Equal(["lena", "mateo"], (await _factory.CreateClient().GetOkAsync(url)).GetProperty("acknowledged_by").Strings());
    }

    [Fact]
    public async Task A_commitment_for_the_whole_team_is_acknowledged_by_each_member_of_the_team_and_nobody_else()
    {
        var omar = _factory.CreateClientAs("omar");
        var plan = await omar.CreateAsync("/api/v1/plans", new { name = "Mid-Market 2027", scope = "team", team = "Mid-Market", owner = "omar", period = new { start = "2027-01-01", end = "2027-12-31" } });
        var strategy = await omar.CreateAsync($"/api/v1/plans/{plan.Id()}/strategies", new { statement = "Win multi-site clinics on claim-denial savings." });
        var tactic = await omar.CreateAsync($"/api/v1/plans/{plan.Id()}/strategies/{strategy.Id()}/tactics", new { action = "Call ten clinics a day.", owner = "omar" });
        var commitment = await omar.CreateAsync($"/api/v1/plans/{plan.Id()}/tactics/{tactic.Id()}/commitments", new { metric = "calls", target = 10, assignees = "team" });
        var url = $"/api/v1/plans/{plan.Id()}/commitments/{commitment.Id()}/acknowledgements";

        var byMateo = await _factory.CreateClientAs("mateo").PostAsJsonAsync(url, new { person = "mateo" });
        var byRavi = await _factory.CreateClientAs("ravi").PostAsJsonAsync(url, new { person = "ravi" });

        Assert.Equal(["mateo"], (await byMateo.ExpectAsync(HttpStatusCode.OK)).GetProperty("acknowledged_by").Strings());
        Assert.Equal(HttpStatusCode.Forbidden, byRavi.StatusCode);
    }
}
