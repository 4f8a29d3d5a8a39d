using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Goals;

/// <summary>/api/v1/goals/{goalId}/measurements on the demo's organisation plan (g2: 0 to 140 new clinic customers).</summary>
public sealed class GoalMeasurementsApiTests : IDisposable
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public GoalMeasurementsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_recorded_measurement_is_listed_and_the_goals_progress_shows_it_with_the_formula_here_and_in_the_plans_pace()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"/api/v1/goals/{demo.Goal("g2")}/measurements";

        var created = await _client.CreateAsync(url, new { date = Today.AddDays(-3), value = 20, note = "Signed in the CRM" });
        await _client.CreateAsync(url, new { date = Today, value = 35 });

        Assert.Equal(("entered", "Signed in the CRM"), (created.Text("source"), created.Text("note")));
        Assert.StartsWith("alex", created.Text("recorded_by"), StringComparison.Ordinal);
        var listed = await _client.GetOkAsync(url);
        Assert.Equal("g2", listed.Text("goal"));
        Assert.Equal([20m, 35m], listed.GetProperty("measurements").EnumerateArray().Select(m => m.GetProperty("value").GetDecimal()));
        var progress = listed.GetProperty("progress");
        Assert.Equal((0.25m, 35m, "measurement"), (progress.GetProperty("progress").GetDecimal(), progress.GetProperty("value").GetDecimal(), progress.Text("source")));
        Assert.Equal("(35 - 0) / (140 - 0) = 0.25", progress.Text("formula"));
        var pace = await _client.GetOkAsync($"{demo.Url}/pace");
        var g2 = pace.GetProperty("goals").EnumerateArray().Single(g => g.Text("id") == "g2");
        Assert.Equal(("(35 - 0) / (140 - 0) = 0.25", "measurement"), (g2.Text("formula"), g2.Text("source")));
    }

    [Theory]
    [InlineData("""{"date": "{today}", "value": "lots"}""", "value")]
    [InlineData("""{"date": "{today}"}""", "value")]
    [InlineData("""{"value": 12}""", "date")]
    [InlineData("""{"date": "{in-three-days}", "value": 12}""", "date")]
    [InlineData("""{"date": "31/12/2026", "value": 12}""", "date")]
    [InlineData("""{"date": "{today}", "value": 1e16}""", "value")]
    public async Task A_bad_measurement_is_a_400_naming_the_field_and_nothing_is_stored(string json, string field)
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"/api/v1/goals/{demo.Goal("g2")}/measurements";
        var body = json.Replace("{today}", Today.ToString("yyyy-MM-dd"), StringComparison.Ordinal)
            .Replace("{in-three-days}", Today.AddDays(3).ToString("yyyy-MM-dd"), StringComparison.Ordinal);

        await (await _client.PostRawAsync(url, body)).ExpectFieldErrorAsync(field);

        Assert.Equal(0, (await _client.GetOkAsync(url)).GetProperty("measurements").GetArrayLength());
    }

    [Fact]
    public async Task A_rep_reads_the_measurements_of_the_organisation_plan_but_may_not_record_or_delete_one()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"/api/v1/goals/{demo.Goal("g2")}/measurements";
        var kept = await _client.CreateAsync(url, new { date = Today, value = 12 });
        using var lena = _factory.CreateClientAs("lena");

        var read = await lena.GetOkAsync(url);
        await (await lena.PostAsJsonAsync(url, new { date = Today, value = 99 })).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await lena.DeleteAsync($"{url}/{kept.Id()}")).ExpectProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal([kept.Id()], read.GetProperty("measurements").EnumerateArray().Select(m => m.Id()));
        Assert.Equal(1, (await _client.GetOkAsync(url)).GetProperty("measurements").GetArrayLength());
    }

    [Fact]
    public async Task A_read_only_token_of_an_executive_may_read_but_not_record()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"/api/v1/goals/{demo.Goal("g2")}/measurements";
        using var readOnly = _factory.CreateClientAs("rosa", canWrite: false);

        await readOnly.GetOkAsync(url);
        await (await readOnly.PostAsJsonAsync(url, new { date = Today, value = 99 })).ExpectAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_deleted_measurement_is_gone_and_the_progress_falls_back_to_the_one_before()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"/api/v1/goals/{demo.Goal("g2")}/measurements";
        await _client.CreateAsync(url, new { date = Today.AddDays(-7), value = 14 });
        var latest = await _client.CreateAsync(url, new { date = Today, value = 70 });

        await _client.DeleteAndExpectGoneAsync($"{url}/{latest.Id()}");

        Assert.Equal("(14 - 0) / (140 - 0) = 0.1", (await _client.GetOkAsync(url)).GetProperty("progress").Text("formula"));
    }

    [Fact]
    public async Task An_unknown_goal_or_measurement_is_a_404()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        await (await _client.GetAsync("/api/v1/goals/999999/measurements")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync("/api/v1/goals/999999/measurements", new { date = Today, value = 1 })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync($"/api/v1/goals/{demo.Goal("g2")}/measurements/999999")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
