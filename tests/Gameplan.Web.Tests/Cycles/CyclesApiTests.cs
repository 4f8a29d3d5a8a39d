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
        var start = cycle.Text("period_start");
        var end = cycle.Text("period_end");
        var team = await _client.CreateAsync("/api/v1/plans", new { name = "Mid-Market next year", scope = "team", team = "Mid-Market", owner = "omar", period = new { start, end } });
        await _client.CreateAsync($"/api/v1/plans/{team.Id()}/goals", new { title = "Win 50 clinics", unit = "count", target = 50 });
        var lena = await _client.CreateAsync("/api/v1/plans", new { name = "Lena next year", scope = "person", owner = "lena", period = new { start, end }, parent = new { plan = "Mid-Market next year" } });
        await _client.CreateAsync($"/api/v1/plans/{lena.Id()}/goals", new { title = "Win 20 clinics", unit = "count", target = 20, contributes_to = new { goal = "g1" } });
        await _client.PostOkAsync($"/api/v1/plans/{lena.Id()}/submit");

        var board = await _client.GetOkAsync($"/api/v1/cycles/{cycle.Id()}/board");
        var repBoard = await _factory.CreateClientAs("lena").GetOkAsync($"/api/v1/cycles/{cycle.Id()}/board");

        var midMarket = board.GetProperty("teams").EnumerateArray().Single(t => t.Text("name") == "Mid-Market");
        Assert.Equal(("draft", "Mid-Market next year"), (midMarket.Text("status"), midMarket.GetProperty("plan").Text("name")));
        var coverage = Assert.Single(midMarket.GetProperty("coverage").EnumerateArray());
        Assert.Equal((20m, 50m, 0.4m), (coverage.GetProperty("covered").GetDecimal(), coverage.GetProperty("target").GetDecimal(), coverage.GetProperty("ratio").GetDecimal()));
        var people = midMarket.GetProperty("people").EnumerateArray().ToDictionary(p => p.Text("handle"));
        Assert.Equal("in_review", people["lena"].Text("status"));
        Assert.Equal(("none", JsonValueKind.Number), (people["mateo"].Text("status"), people["mateo"].GetProperty("days_left").ValueKind));
        Assert.Equal(2, board.GetProperty("teams").GetArrayLength());
        var own = Assert.Single(repBoard.GetProperty("teams").EnumerateArray());
        Assert.Equal(["lena"], own.GetProperty("people").EnumerateArray().Select(p => p.Text("handle")));
    }
}
