using System.Net;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Alignment;

public sealed class AlignmentApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public AlignmentApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_tree_hangs_a_team_plan_under_the_strategy_it_carries_out_with_owner_status_and_progress()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var team = await _client.CreateAsync("/api/v1/plans", new
        {
            name = "Enterprise FY plan",
            scope = "team",
            team = "Enterprise",
            owner = "grace",
            period = new { start = "2030-01-01", end = "2030-12-31" },
            parent = new { plan = demo.Details.Text("name"), strategy = "s3" },
        });

        var tree = await _client.GetOkAsync("/api/v1/alignment");

        // Each organisation plan is a root: this year's, and the demo's next-year company plan with its cascade.
        Assert.Equal(2, tree.GetArrayLength());
        var root = Assert.Single(tree.EnumerateArray(), n => n.Id() == demo.Id);
        Assert.Equal(("plan", demo.Id, "rosa", "active"), (root.Text("kind"), root.Id(), root.Text("owner"), root.Text("status")));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("progress").ValueKind);
        var s3 = root.GetProperty("children").EnumerateArray().Single(n => n.Text("kind") == "strategy" && n.Text("key") == "s3");
        var child = Assert.Single(s3.GetProperty("children").EnumerateArray(), n => n.Text("kind") == "plan");
        Assert.Equal((team.Id(), "grace", "draft"), (child.Id(), child.Text("owner"), child.Text("status")));
        Assert.Contains(s3.GetProperty("children").EnumerateArray(), n => n.Text("kind") == "tactic" && n.GetProperty("children").GetArrayLength() > 0);
    }

    [Fact]
    public async Task A_rep_sees_only_the_plans_they_may_read_and_another_persons_plan_is_not_found()
    {
        var ravi = await _client.CreateAsync("/api/v1/plans", new
        {
            name = "Ravi's year",
            scope = "person",
            owner = "ravi",
            period = new { start = "2030-01-01", end = "2030-12-31" },
        });
        var lena = _factory.CreateClientAs("lena");

        var tree = await lena.GetOkAsync("/api/v1/alignment");
        var hidden = await lena.GetAsync($"/api/v1/alignment?plan={ravi.Id()}");

        Assert.DoesNotContain(tree.EnumerateArray(), n => n.Id() == ravi.Id());
        await hidden.ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains((await _client.GetOkAsync("/api/v1/alignment")).EnumerateArray(), n => n.Id() == ravi.Id());
    }
}
