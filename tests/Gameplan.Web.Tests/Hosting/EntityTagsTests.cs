using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Hosting;

/// <summary>Two clients racing on one plan: ETag on every read, If-Match on every replace and delete.</summary>
public sealed class EntityTagsTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _alex;
    private readonly HttpClient _rosa;

    public EntityTagsTests()
    {
        _alex = _factory.CreateClient();
        _rosa = _factory.CreateClientAs("rosa");
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Twenty_goals_posted_to_one_plan_at_the_same_moment_are_all_created_with_distinct_keys()
    {
        var demo = await DemoPlan.LoadAsync(_alex);

        var posts = Enumerable.Range(1, 20)
            .Select(i => (i % 2 == 0 ? _alex : _rosa).PostAsJsonAsync($"{demo.Url}/goals", new { title = $"Parallel goal {i}" }))
            .ToList();
        var answers = await Task.WhenAll(posts);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Created, answer.StatusCode));
        var goals = (await _alex.GetOkAsync($"{demo.Url}/goals")).EnumerateArray().Where(g => g.Text("title").StartsWith("Parallel goal", StringComparison.Ordinal)).ToList();
        Assert.Equal(20, goals.Count);
        Assert.Equal(20, goals.Select(g => g.Text("key")).Distinct().Count());
    }

    [Fact]
    public async Task A_put_with_a_stale_tag_is_refused_with_412_and_the_goal_keeps_the_other_persons_change()
    {
        var demo = await DemoPlan.LoadAsync(_alex);
        var url = $"{demo.Url}/goals/{demo.Goal("g2")}";
        var read = await TagOfAsync(_alex, url);
        await SendAsync(_rosa, HttpMethod.Put, url, read, new { title = "Rosa's title", dri = "grace" }, HttpStatusCode.OK);

        var stale = await SendAsync(_alex, HttpMethod.Put, url, read, new { title = "Alex's title" }, HttpStatusCode.PreconditionFailed);

        var problem = await stale.ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Contains("changed this goal since you read it", problem.Text("detail"), StringComparison.Ordinal);
        Assert.Equal("Rosa's title", (await _alex.GetOkAsync(url)).Text("title"));
    }

    [Fact]
    public async Task A_put_with_the_current_tag_is_saved_and_answers_with_the_new_tag_that_a_read_then_sends()
    {
        var demo = await DemoPlan.LoadAsync(_alex);
        var url = $"{demo.Url}/goals/{demo.Goal("g2")}";
        var read = await TagOfAsync(_alex, url);

        var saved = await SendAsync(_alex, HttpMethod.Put, url, read, new { title = "Win 150 new clinics", target = 150.5, weight = 2 }, HttpStatusCode.OK);

        var next = saved.Headers.ETag?.Tag;
        Assert.NotNull(next);
        Assert.NotEqual(read, next);
        Assert.Equal(next, await TagOfAsync(_alex, url));
        await SendAsync(_alex, HttpMethod.Put, url, next, new { title = "Win 160 new clinics" }, HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_delete_with_a_stale_tag_is_refused_and_the_goal_stays()
    {
        var demo = await DemoPlan.LoadAsync(_alex);
        var url = $"{demo.Url}/goals/{demo.Goal("g3")}";
        var read = await TagOfAsync(_alex, url);
        await SendAsync(_rosa, HttpMethod.Put, url, read, new { title = "Changed by Rosa" }, HttpStatusCode.OK);

        await (await SendAsync(_alex, HttpMethod.Delete, url, read, null, HttpStatusCode.PreconditionFailed)).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);

        Assert.Equal("Changed by Rosa", (await _alex.GetOkAsync(url)).Text("title"));
        await SendAsync(_alex, HttpMethod.Delete, url, await TagOfAsync(_alex, url), null, HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task Without_if_match_a_put_and_a_delete_are_not_checked_so_older_clients_keep_working()
    {
        var demo = await DemoPlan.LoadAsync(_alex);
        var url = $"{demo.Url}/goals/{demo.Goal("g3")}";
        await SendAsync(_rosa, HttpMethod.Put, url, null, new { title = "Changed by Rosa" }, HttpStatusCode.OK);

        await SendAsync(_alex, HttpMethod.Put, url, null, new { title = "Changed by Alex" }, HttpStatusCode.OK);
        await _alex.DeleteAndExpectGoneAsync(url);
    }

    [Fact]
    public async Task Editing_one_goal_leaves_another_goals_tag_and_the_plan_headers_tag_current()
    {
        // Under the default rule a changed goal sends the approved demo plan back to review, which rightly moves the header's tag (its status).
        await _alex.PutOkAsync("/api/v1/organization/settings", new { reapproval = "none" });
        var demo = await DemoPlan.LoadAsync(_alex);
        var g1 = $"{demo.Url}/goals/{demo.Goal("g1")}";
        var g2 = $"{demo.Url}/goals/{demo.Goal("g2")}";
        var g1Tag = await TagOfAsync(_alex, g1);
        var planTag = await TagOfAsync(_alex, demo.Url);

        await SendAsync(_rosa, HttpMethod.Put, g2, await TagOfAsync(_rosa, g2), new { title = "Rosa's goal" }, HttpStatusCode.OK);
        await _rosa.CreateAsync($"{demo.Url}/goals", new { title = "Another goal" });

        await SendAsync(_alex, HttpMethod.Put, g1, g1Tag, new { title = "Alex's goal" }, HttpStatusCode.OK);
        Assert.Equal(planTag, await TagOfAsync(_alex, demo.Url));
    }

    [Fact]
    public async Task A_plan_header_replaced_with_a_stale_tag_is_refused_and_one_with_the_current_tag_is_saved()
    {
        var demo = await DemoPlan.LoadAsync(_alex);
        var read = await TagOfAsync(_alex, demo.Url);
        await SendAsync(_rosa, HttpMethod.Put, demo.Url, read, Header(demo, "Renamed by Rosa"), HttpStatusCode.OK);

        await SendAsync(_alex, HttpMethod.Put, demo.Url, read, Header(demo, "Renamed by Alex"), HttpStatusCode.PreconditionFailed);
        await SendAsync(_alex, HttpMethod.Delete, demo.Url, read, null, HttpStatusCode.PreconditionFailed);

        Assert.Equal("Renamed by Rosa", (await _alex.GetOkAsync(demo.Url)).Text("name"));
        await SendAsync(_alex, HttpMethod.Put, demo.Url, await TagOfAsync(_alex, demo.Url), Header(demo, "Renamed by Alex"), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_plan_and_element_read_by_id_carries_an_etag_that_a_stale_change_of_it_is_refused_with()
    {
        var demo = await DemoPlan.LoadAsync(_alex);
        var tactic = demo.Tactic("t1");
        var cases = new (string Url, object Body)[]
        {
            ($"{demo.Url}/strategies/{demo.Strategy("s1")}", new { statement = "Win multi-site clinics through value-based selling." }),
            ($"{demo.Url}/tactics/{tactic}", new { action = "Prospect for an hour every working day." }),
            ($"{demo.Url}/commitments/{demo.Details.GetProperty("strategies")[0].GetProperty("tactics")[0].GetProperty("commitments")[0].Id()}", new { metric = "calls", unit = "count", target = 12 }),
            ($"{demo.Url}/reviews/{demo.OneOnOneReview()}", new { kind = "one_on_one", date = "2027-02-01", person = "nia" }),
        };

        foreach (var (url, body) in cases)
        {
            var read = await TagOfAsync(_alex, url);
            var wrong = "\"0000000000000000\"";
            await SendAsync(_alex, HttpMethod.Put, url, wrong, body, HttpStatusCode.PreconditionFailed);
            Assert.Equal(read, await TagOfAsync(_alex, url));
            await SendAsync(_alex, HttpMethod.Put, url, read, body, HttpStatusCode.OK);
        }
    }

    private static object Header(DemoPlan demo, string name)
    {
        var plan = demo.Details;
        return new
        {
            name,
            scope = plan.Text("scope"),
            owner = plan.GetProperty("owner").GetString(),
            team = plan.GetProperty("team").GetString(),
            period = new { start = plan.GetProperty("period").Text("start"), end = plan.GetProperty("period").Text("end") },
        };
    }

    private static async Task<string> TagOfAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        await response.ExpectAsync(HttpStatusCode.OK);
        var tag = response.Headers.ETag;
        Assert.True(tag is { IsWeak: false }, $"GET {url} sent no strong ETag");
        return tag.Tag;
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? ifMatch, object? body, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        var response = await client.SendAsync(request);
        Assert.True(response.StatusCode == expected,
            $"Expected {(int)expected} from {method} {url} (If-Match {ifMatch ?? "none"}) but got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }
}
