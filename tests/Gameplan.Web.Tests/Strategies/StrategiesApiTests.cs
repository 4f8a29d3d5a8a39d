using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Strategies;

public sealed class StrategiesApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public StrategiesApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_strategy_takes_the_next_free_key_and_is_found_at_its_location()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var strategy = await _client.CreateAsync($"{demo.Url}/strategies", new
        {
            statement = "Win referrals back by a customer advocacy programme.",
            dri = "lena",
            goals = new[] { "g2" },
        });

        Assert.Equal("s5", strategy.Text("key"));
        Assert.Equal("lena", strategy.Text("dri"));
        Assert.Equal(["g2"], strategy.GetProperty("goals").Strings());
        Assert.Empty(strategy.GetProperty("tactics").EnumerateArray());
    }

    [Fact]
    public async Task A_strategy_is_read_with_its_goals_and_tactics()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var strategy = await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}");

        Assert.Equal("s1", strategy.Text("key"));
        Assert.Equal("omar", strategy.Text("dri"));
        Assert.Equal(["g1", "g2"], strategy.GetProperty("goals").Strings());
        Assert.Equal(["t1", "t2", "t3", "t4"], strategy.GetProperty("tactics").EnumerateArray().Select(t => t.Text("key")));
    }

    [Fact]
    public async Task The_plans_strategies_are_listed_in_order()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var strategies = await _client.GetOkAsync($"{demo.Url}/strategies");

        Assert.Equal(["s1", "s2", "s3", "s4"], strategies.EnumerateArray().Select(s => s.Text("key")));
    }

    [Fact]
    public async Task A_strategy_is_replaced_by_put_and_keeps_its_tactics()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/strategies/{demo.Strategy("s4")}";

        var updated = await _client.PutOkAsync(url, new { key = "align", statement = "One lead definition for sales and marketing.", dri = "omar", goals = new[] { "g1", "g3" } });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.Equal("align", read.Text("key"));
        Assert.Equal("One lead definition for sales and marketing.", read.Text("statement"));
        Assert.Equal("omar", read.Text("dri"));
        Assert.Equal(["g1", "g3"], read.GetProperty("goals").Strings());
        Assert.Equal(["t10", "t11"], read.GetProperty("tactics").EnumerateArray().Select(t => t.Text("key")));
    }

    [Fact]
    public async Task A_deleted_strategy_is_gone_with_its_tactics()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        await _client.DeleteAndExpectGoneAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}");

        await (await _client.GetAsync($"{demo.Url}/tactics/{demo.Tactic("t1")}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["s2", "s3", "s4"], (await _client.GetOkAsync($"{demo.Url}/strategies")).EnumerateArray().Select(s => s.Text("key")));
    }

    [Fact]
    public async Task A_strategy_without_a_statement_is_refused_naming_the_statement()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/strategies", new { statement = "  ", goals = new[] { "g1" } });

        await response.ExpectFieldErrorAsync("statement");
        Assert.Equal(4, (await _client.GetOkAsync($"{demo.Url}/strategies")).GetArrayLength());
    }

    [Fact]
    public async Task A_strategy_serving_a_goal_the_plan_lacks_is_refused_naming_the_goals()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/strategies", new { statement = "Serve a ghost.", goals = new[] { "g9" } });

        var messages = await response.ExpectFieldErrorAsync("goals");
        Assert.Contains("g9", messages[0]);
    }

    [Fact]
    public async Task A_strategy_with_an_unknown_dri_is_refused_naming_the_dri()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PutAsJsonAsync($"{demo.Url}/strategies/{demo.Strategy("s2")}", new { statement = "Sell savings.", dri = "zed" });

        await response.ExpectFieldErrorAsync("dri");
        Assert.Equal("grace", (await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s2")}")).Text("dri"));
    }

    [Fact]
    public async Task A_key_already_used_by_another_strategy_is_refused_naming_the_key()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/strategies", new { key = "s2", statement = "A twin." });

        await response.ExpectFieldErrorAsync("key");
    }

    [Fact]
    public async Task Goals_written_as_one_string_instead_of_a_list_are_refused()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostRawAsync($"{demo.Url}/strategies", """{"statement": "Single goal.", "goals": "g1"}""");

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(4, (await _client.GetOkAsync($"{demo.Url}/strategies")).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_strategy_is_not_found_for_every_verb()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/strategies/9999";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { statement = "Ghost" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_strategy_of_another_plan_is_not_found_through_this_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = await DemoPlan.CreateOtherPlanAsync(_client);
        var url = $"{other}/strategies/{demo.Strategy("s1")}";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { statement = "Hijacked" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);

        var original = await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}");
        Assert.StartsWith("Build our own outbound pipeline", original.Text("statement"));
    }

    [Fact]
    public async Task Strategies_of_an_unknown_plan_are_not_found()
    {
        await (await _client.GetAsync("/api/v1/plans/9999/strategies")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync("/api/v1/plans/9999/strategies", new { statement = "Orphan" })).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
