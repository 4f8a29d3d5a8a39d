using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Critique;

public sealed class CritiqueApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public CritiqueApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_stored_plan_is_critiqued_in_the_lint_json_shape()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var report = await _client.GetOkAsync($"{demo.Url}/critique?today=2027-02-01");

        Assert.Equal(["plan", "findings", "risks", "summary"], report.EnumerateObject().Select(p => p.Name));
        Assert.Equal(demo.Details.Text("name"), report.Text("plan"));
        Assert.All(report.GetProperty("findings").EnumerateArray(), f =>
            Assert.Equal(["rule", "severity", "path", "message", "advice"], f.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(8, report.GetProperty("risks").GetArrayLength());
        // The pace rules (GP5xx) read the activity log, empty in the plan's period so far; PaceQueriesTests cover them.
        // The demo's funnel rules (GP611-GP614) fail on purpose: the demo shows commitments far below what its goals require.
        Assert.Equal(0, WithoutPace(report).Count(f => f.Text("severity") == "error" && !f.Text("rule").StartsWith("GP61", StringComparison.Ordinal)));
        Assert.Contains(report.GetProperty("findings").EnumerateArray(), f => f.Text("rule") == "GP611" && f.Text("severity") == "error");
    }

    [Fact]
    public async Task Breaking_the_plan_shows_up_in_its_critique_with_the_rule_and_the_element()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var dream = await _client.CreateAsync($"{demo.Url}/strategies", new { statement = "Increase sales by 50% this year.", dri = "rosa", goals = new[] { "g1" } });

        var findings = (await _client.GetOkAsync($"{demo.Url}/critique?today=2027-02-01")).GetProperty("findings").EnumerateArray().ToList();

        var path = $"strategies[{dream.Text("key")}]";
        Assert.Contains(findings, f => f.Text("rule") == "GP107" && f.Text("path") == path && f.Text("severity") == "error");
        Assert.Contains(findings, f => f.Text("rule") == "GP201" && f.Text("path") == path && f.Text("message").Contains("Increase sales by 50% this year", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statements_are_classified_with_confidence_and_reasons()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/classify", new { texts = new[] { "Increase sales by 50% this year.", "Attend an industry networking event." } });

        var results = (await response.ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["goal", "tactic"], results.Select(r => r.Text("kind")));
        Assert.All(results, r => Assert.NotEmpty(r.GetProperty("reasons").EnumerateArray()));
    }

    [Fact]
    public async Task A_reader_without_access_to_the_plan_cannot_read_its_critique()
    {
        var grace = _factory.CreateClientAs("grace");
        var plan = await grace.CreateAsync("/api/v1/plans", new { name = "Enterprise 2027", scope = "team", team = "Enterprise", owner = "grace", period = new { start = "2027-01-01", end = "2027-12-31" } });

        var response = await _factory.CreateClientAs("lena").GetAsync($"/api/v1/plans/{plan.Id()}/critique");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_posted_plan_file_is_critiqued_and_a_stored_plan_downloads_as_one_that_imports_back()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var yaml = await _client.GetStringAsync($"{demo.Url}/file");
        var critique = await _client.PostAsync("/api/v1/critique?today=2027-02-01", new StringContent(yaml, System.Text.Encoding.UTF8, "application/yaml"));
        var imported = await _client.PostAsync("/api/v1/plans/import", new StringContent(yaml.Replace("FY", "Copy of FY", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/yaml"));

        Assert.StartsWith("version: 1", yaml);
        var stored = await _client.GetOkAsync($"{demo.Url}/critique?today=2027-02-01");
        var posted = await critique.ExpectAsync(HttpStatusCode.OK);
        // A posted file carries no activity log, so only a stored plan gets the pace rules (GP5xx); nor the organisation's
        // default funnel (a file holds the plan's own funnel only), so only the stored plan gets the funnel rules (GP611-GP614).
        Assert.Equal(Severities(WithoutPace(stored).Where(f => !f.Text("rule").StartsWith("GP61", StringComparison.Ordinal))), Severities(posted.GetProperty("findings").EnumerateArray()));
        var copy = await _client.GetOkAsync($"/api/v1/plans/{(await imported.ExpectAsync(HttpStatusCode.Created)).Id()}");
        Assert.StartsWith("Copy of FY", copy.Text("name"));
        Assert.Equal(demo.Details.GetProperty("strategies").GetArrayLength(), copy.GetProperty("strategies").GetArrayLength());
    }

    private static IEnumerable<JsonElement> WithoutPace(JsonElement report) =>
        report.GetProperty("findings").EnumerateArray().Where(f => !f.Text("rule").StartsWith("GP5", StringComparison.Ordinal));

    private static string Severities(IEnumerable<JsonElement> findings) =>
        string.Join(", ", findings.GroupBy(f => f.Text("severity")).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"));

    [Fact]
    public async Task An_unreadable_plan_file_is_a_400_naming_line_and_column()
    {
        var response = await _client.PostAsync("/api/v1/critique", new StringContent("version: 1\nplan:\n  name: \"unclosed\n", System.Text.Encoding.UTF8, "application/yaml"));

        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Matches(@"^\d+:\d+: ", problem.GetProperty("errors").EnumerateObject().First().Value[0].GetString());
    }

    [Fact]
    public async Task Only_an_admin_imports_plan_files()
    {
        var response = await _factory.CreateClientAs("rosa").PostAsync("/api/v1/plans/import", new StringContent("version: 1\nplan:\n  name: X\n", System.Text.Encoding.UTF8, "application/yaml"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
