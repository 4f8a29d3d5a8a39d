using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Cycles;

/// <summary>Planning cycles through the API: opened by admins and executives, and the board each reader sees.</summary>
public sealed class CyclesApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public CyclesApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_demo_has_next_fiscal_years_cycle_under_way()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var cycle = Assert.Single((await _client.GetOkAsync("/api/v1/cycles")).EnumerateArray());

        var planEnd = DateOnly.Parse(demo.Details.GetProperty("period").Text("end"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(planEnd.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), cycle.Text("period_start"));
        Assert.Equal($"FY{planEnd.Year + 1} planning", cycle.Text("name"));
    }

    [Fact]
    public async Task A_cycle_for_a_fiscal_year_takes_the_organisations_start_month_and_the_default_timeline()
    {
        await _client.PutOkAsync("/api/v1/organization/settings", new { time_zone = "UTC", fiscal_year_start_month = 4 });

        var cycle = await _client.CreateAsync("/api/v1/cycles", new { fiscal_year = 2031 });

        Assert.Equal(("FY2031 planning", "2030-04-01", "2031-03-31"), (cycle.Text("name"), cycle.Text("period_start"), cycle.Text("period_end")));
        Assert.Equal(("2030-01-01", "2030-02-15", "2030-03-18"), (cycle.Text("opens"), cycle.Text("drafts_due"), cycle.Text("reviews_due")));
    }

    [Fact]
    public async Task A_manager_may_not_open_a_cycle_and_a_bad_timeline_names_its_field()
    {
        var omar = _factory.CreateClientAs("omar");

        var refused = await omar.PostAsJsonAsync("/api/v1/cycles", new { fiscal_year = 2031 });
        var disordered = await _client.PostAsJsonAsync("/api/v1/cycles", new { period_start = "2031-01-01", period_end = "2031-12-31", opens = "2030-12-01", drafts_due = "2030-11-01" });

        await refused.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.True((await disordered.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("drafts_due", out _));
    }

    [Fact]
    public async Task The_board_shows_each_team_and_person_with_their_plans_status_and_the_coverage_by_the_plans_under_it()
    {
        var cycle = (await _client.GetOkAsync("/api/v1/cycles"))[0];
        var before = await _client.GetOkAsync($"/api/v1/cycles/{cycle.Id()}/board");
        var enterprise = Team(before, "Enterprise");
        // Jonas, who has no plan yet, drafts one under the Enterprise plan and gives 10 groups to its g1.
        var jonas = await _client.CreateAsync("/api/v1/plans", new
        {
            name = "Jonas next year",
            scope = "person",
            owner = "jonas",
            period = new { start = cycle.Text("period_start"), end = cycle.Text("period_end") },
            parent = new { plan = enterprise.GetProperty("plan").Id().ToString(System.Globalization.CultureInfo.InvariantCulture), strategy = "s1" },
        });
        await _client.CreateAsync($"/api/v1/plans/{jonas.Id()}/goals", new { title = "Win 10 groups", unit = "count", target = 10, contributes_to = new { goal = "g1" } });
        await _client.PostOkAsync($"/api/v1/plans/{jonas.Id()}/submit");

        var board = await _client.GetOkAsync($"/api/v1/cycles/{cycle.Id()}/board");
        var repBoard = await _factory.CreateClientAs("lena").GetOkAsync($"/api/v1/cycles/{cycle.Id()}/board");

        var midMarket = Team(board, "Mid-Market");
        Assert.Equal("approved", midMarket.Text("status"));
        Assert.EndsWith(" Mid-Market Plan", midMarket.GetProperty("plan").Text("name"), StringComparison.Ordinal);
        var people = midMarket.GetProperty("people").EnumerateArray().ToDictionary(p => p.Text("handle"));
        Assert.Equal(("approved", "in_review", "returned"), (people["lena"].Text("status"), people["mateo"].Text("status"), people["nia"].Text("status")));
        // A manager without a plan of their own is the team's line, not a person missing a plan.
        Assert.False(people.ContainsKey("omar"));
        Assert.Equal(("none", JsonValueKind.Number), (People(before, "Enterprise")["jonas"].Text("status"), People(before, "Enterprise")["jonas"].GetProperty("days_left").ValueKind));
        Assert.Equal("in_review", People(board, "Enterprise")["jonas"].Text("status"));
        Assert.Equal((30m, 40m, 0.75m), Covered(enterprise, "g1"));
        Assert.Equal((40m, 40m, 1m), Covered(Team(board, "Enterprise"), "g1"));
        Assert.Equal(1, board.GetProperty("counts").GetProperty("returned").GetInt32());
        Assert.Equal(2, board.GetProperty("teams").GetArrayLength());
        var own = Assert.Single(repBoard.GetProperty("teams").EnumerateArray());
        Assert.Equal(["lena"], own.GetProperty("people").EnumerateArray().Select(p => p.Text("handle")));
    }

    private static JsonElement Team(JsonElement board, string name) => board.GetProperty("teams").EnumerateArray().Single(t => t.Text("name") == name);

    private static Dictionary<string, JsonElement> People(JsonElement board, string team) =>
        Team(board, team).GetProperty("people").EnumerateArray().ToDictionary(p => p.Text("handle"));

    private static (decimal Covered, decimal Target, decimal Ratio) Covered(JsonElement team, string goal)
    {
        var coverage = team.GetProperty("coverage").EnumerateArray().Single(c => c.Text("goal") == goal);
        return (coverage.GetProperty("covered").GetDecimal(), coverage.GetProperty("target").GetDecimal(), coverage.GetProperty("ratio").GetDecimal());
    }
}
