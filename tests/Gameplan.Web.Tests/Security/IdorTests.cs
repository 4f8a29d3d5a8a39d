using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Security;

/// <summary>Another organisation's admin, with valid requests, names the demo's ids: every read and write is 404 and nothing changes.</summary>
public sealed class IdorTests : IAsyncLifetime
{
    private readonly GameplanWebFactory _factory = new();
    private HttpClient _rival = null!;
    private DemoPlan _demo = null!;

    public async Task InitializeAsync()
    {
        _demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        _rival = _factory.CreateAnonymousClient();
        _rival.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await RivalOrganization.AddAsync(_factory));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Valid_writes_to_another_organisations_plan_elements_are_not_found_and_change_nothing()
    {
        var before = await _factory.CreateClient().GetStringAsync(_demo.Url);
        var writes = new (HttpMethod Method, string Url, object Body)[]
        {
            (HttpMethod.Put, _demo.Url, new { name = "Hijacked", scope = "organization", period = new { start = "2027-01-01", end = "2027-12-31" } }),
            (HttpMethod.Post, $"{_demo.Url}/goals", new { title = "Hijacked goal" }),
            (HttpMethod.Put, $"{_demo.Url}/goals/{_demo.Goal("g1")}", new { title = "Hijacked goal" }),
            (HttpMethod.Post, $"{_demo.Url}/strategies", new { statement = "Hijacked strategy" }),
            (HttpMethod.Post, $"{_demo.Url}/strategies/{_demo.Strategy("s1")}/tactics", new { action = "Hijacked tactic" }),
            (HttpMethod.Put, $"{_demo.Url}/tactics/{_demo.Tactic("t1")}", new { action = "Hijacked tactic" }),
            (HttpMethod.Post, $"{_demo.Url}/tactics/{_demo.Tactic("t1")}/commitments", new { metric = "calls", unit = "count", target = 5 }),
            (HttpMethod.Post, $"{_demo.Url}/reviews", new { kind = "tactical", date = "2027-02-01" }),
            (HttpMethod.Post, $"{_demo.Url}/submit", new { }),
            (HttpMethod.Delete, $"{_demo.Url}/goals/{_demo.Goal("g1")}", new { }),
            (HttpMethod.Delete, _demo.Url, new { }),
        };

        foreach (var (method, url, body) in writes)
        {
            var request = new HttpRequestMessage(method, url) { Content = method == HttpMethod.Delete ? null : JsonContent.Create(body) };
            var response = await _rival.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        Assert.Equal(before, await _factory.CreateClient().GetStringAsync(_demo.Url));
    }

    [Fact]
    public async Task Another_organisations_goal_measurements_are_not_found_and_stay_as_they_are()
    {
        var admin = _factory.CreateClient();
        var url = $"/api/v1/goals/{_demo.Goal("g1")}/measurements";
        var measurement = await admin.CreateAsync(url, new { date = DateOnly.FromDateTime(DateTime.UtcNow), value = 10_000_000, note = "Finance's figure" });
        var before = await admin.GetStringAsync(url);

        await (await _rival.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _rival.GetAsync($"{url}/{measurement.Id()}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _rival.PostAsJsonAsync(url, new { date = DateOnly.FromDateTime(DateTime.UtcNow), value = 1 })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _rival.DeleteAsync($"{url}/{measurement.Id()}")).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(before, await admin.GetStringAsync(url));
    }

    [Fact]
    public async Task Another_organisations_people_and_teams_cannot_be_changed_or_named()
    {
        var people = await _factory.CreateClient().GetOkAsync("/api/v1/people");
        var lena = people.EnumerateArray().Single(p => p.Text("handle") == "lena").Id();

        var change = await _rival.PutAsJsonAsync($"/api/v1/people/{lena}", new { handle = "lena", name = "Renamed", role = "rep" });
        var delete = await _rival.DeleteAsync($"/api/v1/people/{lena}");
        var plan = await _rival.PostAsJsonAsync("/api/v1/plans", new { name = "Spy plan", scope = "team", team = "Mid-Market", owner = "omar", period = new { start = "2027-01-01", end = "2027-12-31" } });

        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        var errors = (await plan.ExpectProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("team", out _) || errors.TryGetProperty("owner", out _), errors.ToString());
        Assert.Equal("Lena Fischer", (await _factory.CreateClient().GetOkAsync($"/api/v1/people/{lena}")).Text("name"));
    }
}
