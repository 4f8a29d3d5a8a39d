using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Goals;

public sealed class GoalsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public GoalsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_goal_takes_the_next_free_key_and_is_found_at_its_location()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var goal = await _client.CreateAsync($"{demo.Url}/goals", new
        {
            title = "Cut churn to 5%",
            metric = "logo_churn",
            unit = "percent",
            baseline = 8,
            target = 5,
            due = "2027-12-31",
            dri = "omar",
        });

        Assert.Equal("g4", goal.Text("key"));
        Assert.Equal("Cut churn to 5%", goal.Text("title"));
        Assert.Equal(5m, goal.GetProperty("target").GetDecimal());
        Assert.Equal("2027-12-31", goal.Text("due"));
        Assert.Equal("omar", goal.Text("dri"));
        Assert.Equal("decrease", goal.Text("direction"));
        Assert.Equal(1m, goal.GetProperty("weight").GetDecimal());
    }

    [Fact]
    public async Task A_goal_is_read_by_its_id()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var goal = await _client.GetOkAsync($"{demo.Url}/goals/{demo.Goal("g1")}");

        Assert.Equal("g1", goal.Text("key"));
        Assert.Equal("arr", goal.Text("metric"));
        Assert.Equal(13_000_000m, goal.GetProperty("target").GetDecimal());
        Assert.Equal("rosa", goal.Text("dri"));
        Assert.Equal(3m, goal.GetProperty("weight").GetDecimal());
    }

    [Fact]
    public async Task The_plans_goals_are_listed_in_the_order_they_were_added()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.CreateAsync($"{demo.Url}/goals", new { key = "nps", title = "Raise NPS to 60" });

        var goals = await _client.GetOkAsync($"{demo.Url}/goals");

        Assert.Equal(["g1", "g2", "g3", "nps"], goals.EnumerateArray().Select(g => g.Text("key")));
    }

    [Fact]
    public async Task A_goal_is_replaced_by_put()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/goals/{demo.Goal("g2")}";

        var updated = await _client.PutOkAsync(url, new { title = "Win 150 new clinics", metric = "new_customers", target = 150, dri = "grace", weight = 4 });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.Equal("g2", read.Text("key"));
        Assert.Equal("Win 150 new clinics", read.Text("title"));
        Assert.Equal(150m, read.GetProperty("target").GetDecimal());
        Assert.Equal("grace", read.Text("dri"));
        Assert.Equal(4m, read.GetProperty("weight").GetDecimal());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("due").ValueKind);
    }

    [Fact]
    public async Task A_deleted_goal_is_gone_and_no_strategy_serves_it_any_more()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        await _client.DeleteAndExpectGoneAsync($"{demo.Url}/goals/{demo.Goal("g1")}");

        var strategy = await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}");
        Assert.Equal(["g2"], strategy.GetProperty("goals").Strings());
        Assert.Equal(2, (await _client.GetOkAsync($"{demo.Url}/goals")).GetArrayLength());
    }

    [Fact]
    public async Task A_goal_without_a_title_is_refused_naming_the_title()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/goals", new { title = "", target = 10 });

        await response.ExpectFieldErrorAsync("title");
        Assert.Equal(3, (await _client.GetOkAsync($"{demo.Url}/goals")).GetArrayLength());
    }

    [Fact]
    public async Task A_goal_with_an_unknown_dri_is_refused_naming_the_dri()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/goals", new { title = "Someone's goal", dri = "zed" });

        var messages = await response.ExpectFieldErrorAsync("dri");
        Assert.Contains("zed", messages[0]);
    }

    [Fact]
    public async Task A_negative_weight_is_refused_naming_the_weight()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PutAsJsonAsync($"{demo.Url}/goals/{demo.Goal("g3")}", new { title = "Ramp faster", weight = -1 });

        await response.ExpectFieldErrorAsync("weight");
        Assert.Equal(1m, (await _client.GetOkAsync($"{demo.Url}/goals/{demo.Goal("g3")}")).GetProperty("weight").GetDecimal());
    }

    [Fact]
    public async Task A_target_that_is_not_a_number_is_refused()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostRawAsync($"{demo.Url}/goals", """{"title": "Grow", "target": "abc"}""");

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(3, (await _client.GetOkAsync($"{demo.Url}/goals")).GetArrayLength());
    }

    [Fact]
    public async Task A_key_already_used_by_another_goal_is_refused_naming_the_key()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PutAsJsonAsync($"{demo.Url}/goals/{demo.Goal("g3")}", new { key = "G1", title = "Ramp faster" });

        await response.ExpectFieldErrorAsync("key");
        Assert.Equal("g3", (await _client.GetOkAsync($"{demo.Url}/goals/{demo.Goal("g3")}")).Text("key"));
    }

    [Fact]
    public async Task An_unknown_goal_is_not_found_for_every_verb()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/goals/9999";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { title = "Ghost" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_goal_of_another_plan_is_not_found_through_this_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = await DemoPlan.CreateOtherPlanAsync(_client);
        var url = $"{other}/goals/{demo.Goal("g1")}";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { title = "Hijacked" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);

        var original = await _client.GetOkAsync($"{demo.Url}/goals/{demo.Goal("g1")}");
        Assert.Equal("Grow annual recurring revenue to $13M", original.Text("title"));
    }

    [Fact]
    public async Task Goals_of_an_unknown_plan_are_not_found()
    {
        await (await _client.GetAsync("/api/v1/plans/9999/goals")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync("/api/v1/plans/9999/goals", new { title = "Orphan" })).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
