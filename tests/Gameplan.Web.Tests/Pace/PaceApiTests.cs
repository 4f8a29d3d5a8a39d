using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pace;

public sealed class PaceApiTests : IDisposable
{
    private static readonly string[] StatusNames = ["on-track", "at-risk", "off-track", "not-started"];

    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PaceApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_stored_plan_s_pace_answers_exactly_the_contract_of_gameplan_pace()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var start = PaceActivity.ProspectingStart(demo);
        var today = start.AddDays(13);
        var url = $"{demo.Url}/pace?today={today:yyyy-MM-dd}";
        var before = Lena(await _client.GetOkAsync(url)).GetProperty("actual_to_date").GetDecimal();
        await PaceActivity.LogWorkingDaysAsync(_factory, "lena", "prospecting_minutes", start, today, 60);

        var report = await _client.GetOkAsync(url);

        Assert.Equal(["plan", "today", "commitments", "goals", "plan_progress", "strategies"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal((demo.Details.Text("name"), today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), (report.Text("plan"), report.Text("today")));
        var lines = report.GetProperty("commitments").EnumerateArray().ToList();
        Assert.All(lines, line => Assert.Equal(
            ["tactic", "metric", "person", "target_to_date", "actual_to_date", "target_total", "projected_total", "attainment", "status", "unit", "per", "start", "due", "elapsed_working_days", "total_working_days"],
            line.EnumerateObject().Select(p => p.Name)));
        Assert.All(lines, line => Assert.Contains(line.Text("status"), StatusNames));
        // Ten working days of 60 minutes from the tactic's start (plus whatever the demo had logged in that span).
        var lena = Lena(report);
        Assert.Equal((600m, before + 600m), (lena.GetProperty("target_to_date").GetDecimal(), lena.GetProperty("actual_to_date").GetDecimal()));
        Assert.Equal("on-track", lena.Text("status"));
        Assert.All(report.GetProperty("goals").EnumerateArray(), g =>
            Assert.Equal(["id", "progress", "formula", "raw_progress", "value", "baseline", "target", "unit", "direction", "source", "measured_on"], g.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(["value", "method", "formula"], report.GetProperty("plan_progress").EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, report.GetProperty("strategies").GetArrayLength());
    }

    private static JsonElement Lena(JsonElement report) =>
        report.GetProperty("commitments").EnumerateArray().Single(l => l.Text("tactic") == "t1" && l.Text("person") == "lena");

    [Fact]
    public async Task A_team_s_pace_is_a_person_by_day_grid_for_its_members()
    {
        var teams = await _client.GetOkAsync("/api/v1/teams");
        var midMarket = teams.EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id();

        var pace = await _client.GetOkAsync($"/api/v1/teams/{midMarket}/pace?today=2026-11-20&days=10");

        Assert.Equal(["id", "team", "today", "days", "people", "plans"], pace.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10, pace.GetProperty("days").GetArrayLength());
        Assert.Equal("2026-11-20", pace.GetProperty("days")[9].GetString());
        var people = pace.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(["lena", "mateo", "nia", "omar"], people.Select(p => p.Text("person")).Order(StringComparer.Ordinal));
        Assert.All(people, p => Assert.Equal(10, p.GetProperty("days").GetArrayLength()));
        Assert.Equal(["date", "attainment", "metrics"], people[0].GetProperty("days")[0].EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("lena", "Mid-Market", HttpStatusCode.OK)]
    [InlineData("lena", "Enterprise", HttpStatusCode.Forbidden)]
    [InlineData("omar", "Mid-Market", HttpStatusCode.OK)]
    [InlineData("grace", "Mid-Market", HttpStatusCode.Forbidden)]
    [InlineData("rosa", "Enterprise", HttpStatusCode.OK)]
    public async Task A_team_s_pace_is_for_its_members_its_managers_and_the_organisation_s_leaders(string handle, string team, HttpStatusCode expected)
    {
        var id = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == team).Id();
        using var client = _factory.CreateClientAs(handle, canWrite: false);

        var response = await client.GetAsync($"/api/v1/teams/{id}/pace");

        await response.ExpectAsync(expected);
    }

    [Fact]
    public async Task Another_organisation_s_plan_and_team_pace_do_not_exist_and_strangers_are_refused()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var team = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().First().Id();
        using var rival = _factory.CreateAnonymousClient();
        rival.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await RivalOrganization.AddAsync(_factory));
        using var anonymous = _factory.CreateAnonymousClient();

        var plan = await (await rival.GetAsync($"{demo.Url}/pace")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await rival.GetAsync($"/api/v1/teams/{team}/pace")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync($"{demo.Url}/pace")).ExpectAsync(HttpStatusCode.Unauthorized);
        await (await anonymous.GetAsync($"/api/v1/teams/{team}/pace")).ExpectAsync(HttpStatusCode.Unauthorized);
        await (await _client.GetAsync("/api/v1/plans/999999/pace")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("Sales Plan", JsonSerializer.Serialize(plan), StringComparison.Ordinal);
    }
}
