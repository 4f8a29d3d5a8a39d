using System.Net;
using System.Net.Http.Headers;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Versions;

/// <summary>/api/v1/plans/{id}/versions on the demo's organisation plan, seeded as submitted (version 1) and approved (version 2).</summary>
public sealed class VersionsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public VersionsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_list_says_each_versions_number_kind_who_when_and_why()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var versions = await _client.GetOkAsync($"{demo.Url}/versions");

        Assert.Equal([(1, "submitted"), (2, "approved")], versions.EnumerateArray().Select(v => (v.GetProperty("number").GetInt32(), v.Text("kind"))));
        var first = versions[0];
        Assert.Equal("First draft, written with both managers.", first.Text("reason"));
        Assert.False(string.IsNullOrEmpty(first.Text("by")));
        Assert.True(first.TryGetProperty("at", out _));
    }

    [Fact]
    public async Task A_version_is_its_plan_file_as_yaml_or_with_its_metadata_as_json()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var yaml = await _client.GetAsync($"{demo.Url}/versions/1");
        using var asJson = new HttpRequestMessage(HttpMethod.Get, $"{demo.Url}/versions/2");
        asJson.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var json = await (await _client.SendAsync(asJson)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("text/yaml", yaml.Content.Headers.ContentType?.MediaType);
        var file = await yaml.Content.ReadAsStringAsync();
        Assert.Contains("Grow annual recurring revenue to $13M", file, StringComparison.Ordinal);
        Assert.Equal(file, await (await _client.GetAsync($"{demo.Url}/file")).Content.ReadAsStringAsync());
        Assert.Equal((2, "approved", file), (json.GetProperty("number").GetInt32(), json.Text("kind"), json.Text("file")));
    }

    [Fact]
    public async Task The_diff_of_two_versions_and_of_a_version_with_the_current_plan_is_gameplan_diffs_json()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.PutOkAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}", new
        {
            action = "Exhibit at the regional medical group management conference.",
            owner = "omar",
            due = "2031-06-30",
        });

        var same = await _client.GetOkAsync($"{demo.Url}/versions/1/diff/2");
        var changed = await _client.GetOkAsync($"{demo.Url}/versions/2/diff/current");

        Assert.Equal("""{"changes":[],"summary":{"added":0,"removed":0,"changed":0,"moved":0}}""", same.GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal));
        var change = Assert.Single(changed.GetProperty("changes").EnumerateArray(), c => c.Text("path") == "strategies[s1].tactics[t3]");
        Assert.Equal("changed", change.Text("change"));
        var due = Assert.Single(change.GetProperty("fields").EnumerateArray(), f => f.Text("field") == "due");
        Assert.Equal("2031-06-30", due.Text("new"));
        Assert.Equal(["changes", "summary"], changed.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["added", "removed", "changed", "moved"], changed.GetProperty("summary").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("/versions/9")]
    [InlineData("/versions/9/diff/current")]
    [InlineData("/versions/1/diff/9")]
    [InlineData("/versions/1/diff/99999999999999999999")]
    [InlineData("/versions/1/diff/latest")]
    public async Task A_version_the_plan_does_not_have_is_not_found(string path)
    {
        var demo = await DemoPlan.LoadAsync(_client);

        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(demo.Url + path)).StatusCode);
    }

    [Fact]
    public async Task A_rep_reads_the_versions_of_a_plan_they_read_and_is_refused_them_as_the_plan_itself_where_they_may_not_read_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        using var nia = _factory.CreateClientAs("nia");
        var own = await nia.CreateAsync("/api/v1/plans", new { name = "Nia's plan", scope = "person", owner = "nia", period = new { start = "2031-01-01", end = "2031-12-31" } });
        await nia.PostOkAsync($"/api/v1/plans/{own.Id()}/submit");
        using var sofia = _factory.CreateClientAs("sofia");

        Assert.Equal(2, (await sofia.GetOkAsync($"{demo.Url}/versions")).GetArrayLength());
        var plan = (await sofia.GetAsync($"/api/v1/plans/{own.Id()}")).StatusCode;
        Assert.Equal(HttpStatusCode.Forbidden, plan);
        Assert.Equal(plan, (await sofia.GetAsync($"/api/v1/plans/{own.Id()}/versions")).StatusCode);
        Assert.Equal(plan, (await sofia.GetAsync($"/api/v1/plans/{own.Id()}/versions/1")).StatusCode);
        Assert.Equal(plan, (await sofia.GetAsync($"/api/v1/plans/{own.Id()}/versions/1/diff/current")).StatusCode);
        Assert.Equal(1, (await nia.GetOkAsync($"/api/v1/plans/{own.Id()}/versions")).GetArrayLength());
    }
}
