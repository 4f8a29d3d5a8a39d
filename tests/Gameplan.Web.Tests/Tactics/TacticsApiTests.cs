using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Tactics;

public sealed class TacticsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public TacticsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private static object Prospecting(string? owner = "mateo") => new
    {
        action = "Call ten dormant referral partners every week.",
        owner,
        authors = new[] { "lena", "mateo" },
        start = "2027-02-01",
        due = "2027-04-30",
        resources = new[] { "Partner list" },
        effort_hours = 4,
    };

    [Fact]
    public async Task A_new_tactic_is_added_under_its_strategy_and_found_at_its_location()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var tactic = await _client.CreateAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics", Prospecting());

        Assert.Equal("t12", tactic.Text("key"));
        Assert.Equal(demo.Strategy("s1"), tactic.GetProperty("strategy_id").GetInt32());
        Assert.Equal("mateo", tactic.Text("owner"));
        Assert.Equal(["lena", "mateo"], tactic.GetProperty("authors").Strings());
        Assert.Equal("2027-04-30", tactic.Text("due"));
        Assert.Equal(["Partner list"], tactic.GetProperty("resources").Strings());
        Assert.Equal(4m, tactic.GetProperty("effort_hours").GetDecimal());
        Assert.Equal("planned", tactic.Text("status"));
        Assert.Equal(
            ["t1", "t2", "t3", "t4", "t12"],
            (await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics")).EnumerateArray().Select(t => t.Text("key")));
    }

    [Fact]
    public async Task A_tactic_is_read_with_its_commitments()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var tactic = await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t1")}");

        Assert.Equal("t1", tactic.Text("key"));
        Assert.Equal("omar", tactic.Text("owner"));
        Assert.Equal(["lena", "mateo"], tactic.GetProperty("authors").Strings());
        var commitment = Assert.Single(tactic.GetProperty("commitments").EnumerateArray());
        Assert.Equal("prospecting_minutes", commitment.Text("metric"));
    }

    [Fact]
    public async Task A_strategys_tactics_are_listed_in_order()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var tactics = await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s2")}/tactics");

        Assert.Equal(["t5", "t6", "t7"], tactics.EnumerateArray().Select(t => t.Text("key")));
    }

    [Fact]
    public async Task A_tactic_is_replaced_by_put_and_may_be_owned_by_the_team()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/tactics/{demo.Tactic("t6")}";

        var updated = await _client.PutOkAsync(url, new
        {
            action = "Each rep books four demos a month.",
            owner = "team",
            authors = new[] { "sofia" },
            status = "active",
            resources = Array.Empty<string>(),
        });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.Equal("Each rep books four demos a month.", read.Text("action"));
        Assert.Equal("team", read.Text("owner"));
        Assert.Equal(["sofia"], read.GetProperty("authors").Strings());
        Assert.Equal("active", read.Text("status"));
        Assert.Empty(read.GetProperty("resources").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("due").ValueKind);
        Assert.Equal("demos_booked", Assert.Single(read.GetProperty("commitments").EnumerateArray()).Text("metric"));
    }

    [Fact]
    public async Task A_tactic_moves_to_another_strategy_through_its_strategy_id()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var to = demo.Strategy("s2");

        var moved = await _client.PutOkAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}", new
        {
            action = "Exhibit at the regional conference in March.",
            owner = "omar",
            strategy_id = to,
        });

        Assert.Equal(to, moved.GetProperty("strategy_id").GetInt32());
        Assert.Equal("t3", moved.Text("key"));
        Assert.Equal(["t1", "t2", "t4"], (await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics")).EnumerateArray().Select(t => t.Text("key")));
        Assert.Equal(["t5", "t6", "t7", "t3"], (await _client.GetOkAsync($"{demo.Url}/strategies/{to}/tactics")).EnumerateArray().Select(t => t.Text("key")));
    }

    [Fact]
    public async Task A_moved_tactic_keeps_its_commitments_and_acknowledgements()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var tactic = $"{demo.Url}/tactics/{demo.Tactic("t1")}";
        var before = await _client.GetOkAsync(tactic);

        var moved = await _client.PutOkAsync(tactic, new
        {
            action = before.Text("action"),
            owner = before.Text("owner"),
            authors = before.GetProperty("authors").Strings(),
            strategy_id = demo.Strategy("s2"),
        });

        var commitment = Assert.Single(moved.GetProperty("commitments").EnumerateArray());
        Assert.Equal("prospecting_minutes", commitment.Text("metric"));
        Assert.Equal(["lena", "mateo"], commitment.GetProperty("acknowledged_by").Strings());
        Assert.True(JsonElement.DeepEquals(moved, await _client.GetOkAsync(tactic)));
    }

    [Fact]
    public async Task A_tactic_cannot_move_to_a_strategy_of_another_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = await DemoPlan.CreateOtherPlanAsync(_client);
        var foreign = await _client.CreateAsync($"{other}/strategies", new { statement = "Elsewhere." });

        var response = await _client.PutAsJsonAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}", new { action = "Wander off.", strategy_id = foreign.Id() });

        await response.ExpectFieldErrorAsync("strategy_id");
        Assert.Equal(demo.Strategy("s1"), (await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}")).GetProperty("strategy_id").GetInt32());
    }

    [Fact]
    public async Task A_deleted_tactic_is_gone_with_its_commitments()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        await _client.DeleteAndExpectGoneAsync($"{demo.Url}/tactics/{demo.Tactic("t1")}");

        await (await _client.GetAsync($"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(["t2", "t3", "t4"], (await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics")).EnumerateArray().Select(t => t.Text("key")));
    }

    [Fact]
    public async Task A_tactic_without_an_action_is_refused_naming_the_action()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics", new { action = "", owner = "omar" });

        await response.ExpectFieldErrorAsync("action");
    }

    [Fact]
    public async Task A_tactic_with_an_unknown_owner_is_refused_naming_the_owner()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics", Prospecting(owner: "zed"));

        await response.ExpectFieldErrorAsync("owner");
        Assert.Equal(4, (await _client.GetOkAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics")).GetArrayLength());
    }

    [Fact]
    public async Task A_tactic_with_an_unknown_author_is_refused_naming_the_authors()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PutAsJsonAsync($"{demo.Url}/tactics/{demo.Tactic("t2")}", new { action = "Post weekly.", authors = new[] { "nia", "zed" } });

        await response.ExpectFieldErrorAsync("authors");
    }

    [Fact]
    public async Task A_tactic_due_before_it_starts_is_refused_naming_the_due_date()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var due = (await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t2")}")).Text("due");

        var response = await _client.PutAsJsonAsync($"{demo.Url}/tactics/{demo.Tactic("t2")}", new { action = "Post weekly.", start = "2027-03-01", due = "2027-02-01" });

        await response.ExpectFieldErrorAsync("due");
        Assert.Equal(due, (await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t2")}")).Text("due"));
    }

    [Fact]
    public async Task A_key_already_used_by_another_tactic_is_refused_naming_the_key()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/strategies/{demo.Strategy("s4")}/tactics", new { key = "t1", action = "A twin." });

        await response.ExpectFieldErrorAsync("key");
    }

    [Fact]
    public async Task An_unknown_status_is_refused()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PutRawAsync($"{demo.Url}/tactics/{demo.Tactic("t2")}", """{"action": "Post weekly.", "status": "paused"}""");

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("planned", (await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t2")}")).Text("status"));
    }

    [Fact]
    public async Task An_unknown_tactic_is_not_found_for_every_verb()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/tactics/9999";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { action = "Ghost" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync($"{demo.Url}/strategies/9999/tactics", new { action = "Orphan" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"{demo.Url}/strategies/9999/tactics")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_tactic_of_another_plan_is_not_found_through_this_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = await DemoPlan.CreateOtherPlanAsync(_client);
        var url = $"{other}/tactics/{demo.Tactic("t1")}";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { action = "Hijacked" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"{other}/strategies/{demo.Strategy("s1")}/tactics")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync($"{other}/strategies/{demo.Strategy("s1")}/tactics", new { action = "Sneak in" })).ExpectProblemAsync(HttpStatusCode.NotFound);

        Assert.StartsWith("Prospect multi-site clinics", (await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t1")}")).Text("action"));
    }
}
