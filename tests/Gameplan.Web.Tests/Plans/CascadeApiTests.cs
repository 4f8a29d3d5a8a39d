using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Plans;

/// <summary>A plan's parent and a goal's contribution through the API, and the coverage the parent's critique then shows.</summary>
public sealed class CascadeApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public CascadeApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private static object MidMarketPlan(object? parent, string name = "Mid-Market FY plan") => new
    {
        name,
        scope = "team",
        team = "Mid-Market",
        owner = "omar",
        period = new { start = "2030-01-01", end = "2030-12-31" },
        parent,
    };

    [Fact]
    public async Task A_team_plan_carries_out_a_demo_strategy_and_its_goal_counts_towards_the_demo_goal()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var demoName = demo.Details.Text("name");

        var team = await _client.CreateAsync("/api/v1/plans", MidMarketPlan(new { plan = demoName, strategy = "s1" }));
        var goal = await _client.CreateAsync($"/api/v1/plans/{team.Id()}/goals", new
        {
            title = "Win 60 new clinics",
            metric = "new_customers",
            unit = "count",
            baseline = 0,
            target = 60,
            due = "2030-12-31",
            contributes_to = new { goal = "g2", amount = 60 },
        });
        var critique = await _client.GetOkAsync($"{demo.Url}/critique");

        var parent = team.GetProperty("parent");
        Assert.Equal((demo.Id, demoName, "s1"), (parent.GetProperty("plan_id").GetInt32(), parent.Text("plan"), parent.Text("strategy")));
        Assert.Equal(60m, goal.GetProperty("contributes_to").GetProperty("amount").GetDecimal());
        var coverage = Assert.Single(critique.GetProperty("findings").EnumerateArray(), f => f.Text("rule") == "GP601");
        Assert.Equal(("error", "goals[g2]"), (coverage.Text("severity"), coverage.Text("path")));
        Assert.Contains("60 of the 140", coverage.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_parent_that_does_not_exist_or_lacks_the_strategy_is_refused_naming_the_field()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var nowhere = await _client.PostAsJsonAsync("/api/v1/plans", MidMarketPlan(new { plan = "FY2099 Nowhere", strategy = "s1" }));
        var noStrategy = await _client.PostAsJsonAsync("/api/v1/plans", MidMarketPlan(new { plan = demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), strategy = "s99" }));

        Assert.True((await nowhere.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("parent.plan", out _));
        Assert.True((await noStrategy.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("parent.strategy", out _));
    }

    [Fact]
    public async Task A_rep_cannot_align_their_plan_to_a_plan_they_may_not_read()
    {
        await _client.CreateAsync("/api/v1/plans", new
        {
            name = "Ravi's year",
            scope = "person",
            owner = "ravi",
            period = new { start = "2030-01-01", end = "2030-12-31" },
        });
        var lena = _factory.CreateClientAs("lena");

        var refused = await lena.PostAsJsonAsync("/api/v1/plans", new
        {
            name = "Lena's year",
            scope = "person",
            owner = "lena",
            period = new { start = "2030-01-01", end = "2030-12-31" },
            parent = new { plan = "Ravi's year" },
        });

        var errors = (await refused.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.Equal("There is no plan 'Ravi's year' that you can see.", errors.GetProperty("parent.plan")[0].GetString());
    }

    [Fact]
    public async Task The_plan_file_of_a_child_plan_names_its_parent_and_contribution()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var team = await _client.CreateAsync("/api/v1/plans", MidMarketPlan(new { plan = demo.Details.Text("name"), strategy = "s2" }));
        await _client.CreateAsync($"/api/v1/plans/{team.Id()}/goals", new { title = "Win 30 new clinics", unit = "count", target = 30, contributes_to = new { goal = "g2" } });

        var yaml = await _client.GetStringAsync($"/api/v1/plans/{team.Id()}/file");

        Assert.Contains($"  parent: {{ plan: {demo.Details.Text("name")}, strategy: s2 }}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("      contributes_to: { goal: g2 }\n", yaml, StringComparison.Ordinal);
    }
}
