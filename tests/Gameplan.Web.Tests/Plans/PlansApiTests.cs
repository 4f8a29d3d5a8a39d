using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Plans;

public sealed class PlansApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PlansApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private static object EnterprisePlan(string name = "Enterprise H1") => new
    {
        name,
        scope = "team",
        team = "Enterprise",
        owner = "grace",
        period = new { start = "2030-01-01", end = "2030-06-30" },
        mission = "Win the big clinic groups.",
    };

    [Fact]
    public async Task The_demo_plan_is_listed_on_a_fresh_database()
    {
        var plans = await _client.GetFromJsonAsync<JsonElement>("/api/v1/plans");

        // This year's plan, and next year's cycle under way (the company plan, the team plans, the reps' plans).
        var plan = Assert.Single(plans.EnumerateArray(), p => p.Text("name").EndsWith(" Sales Plan", StringComparison.Ordinal));
        Assert.Contains(plans.EnumerateArray(), p => p.Text("name").EndsWith(" Company Plan", StringComparison.Ordinal));
        Assert.Equal(["active", "draft", "in_review"], plans.EnumerateArray().Select(p => p.Text("status")).Distinct().Order());
        Assert.Equal("active", plan.GetProperty("status").GetString());
        Assert.True(plan.GetProperty("tactics").GetInt32() > 5);
    }

    [Fact]
    public async Task An_invalid_plan_is_refused_with_each_bad_field_named()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/plans", new { name = "", period = new { start = "2027-01-01" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("period.end", out _));
    }

    [Fact]
    public async Task A_new_plan_starts_in_draft_and_is_found_at_its_location()
    {
        var plan = await _client.CreateAsync("/api/v1/plans", EnterprisePlan());

        Assert.Equal("Enterprise H1", plan.Text("name"));
        Assert.Equal("draft", plan.Text("status"));
        Assert.Equal("team", plan.Text("scope"));
        Assert.Equal("Enterprise", plan.Text("team"));
        Assert.Equal("grace", plan.Text("owner"));
        Assert.Equal("2030-06-30", plan.GetProperty("period").Text("end"));
        Assert.Equal("Win the big clinic groups.", plan.Text("mission"));
        Assert.Empty(plan.GetProperty("goals").EnumerateArray());
    }

    [Fact]
    public async Task A_plan_is_read_whole_with_its_goals_strategies_tactics_and_reviews()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var plan = await _client.GetOkAsync(demo.Url);

        Assert.Equal("rosa", plan.Text("owner"));
        Assert.Equal("organization", plan.Text("scope"));
        Assert.Equal(["g1", "g2", "g3"], plan.GetProperty("goals").EnumerateArray().Select(g => g.Text("key")));
        Assert.Equal(["s1", "s2", "s3", "s4"], plan.GetProperty("strategies").EnumerateArray().Select(s => s.Text("key")));
        Assert.Equal(11, plan.GetProperty("strategies").EnumerateArray().Sum(s => s.GetProperty("tactics").GetArrayLength()));
        Assert.Equal(5, plan.GetProperty("reviews").GetArrayLength());
    }

    [Fact]
    public async Task A_new_plan_is_listed_with_its_team_owner_and_counts()
    {
        var before = (await _client.GetOkAsync("/api/v1/plans")).GetArrayLength();
        var created = await _client.CreateAsync("/api/v1/plans", EnterprisePlan());

        var plans = await _client.GetOkAsync("/api/v1/plans");

        Assert.Equal(before + 1, plans.GetArrayLength());
        var summary = Assert.Single(plans.EnumerateArray(), p => p.Id() == created.Id());
        Assert.Equal("Enterprise", summary.Text("team"));
        Assert.Equal("grace", summary.Text("owner"));
        Assert.Equal("2030-01-01", summary.Text("period_start"));
        Assert.Equal("draft", summary.Text("status"));
        Assert.Equal(0, summary.GetProperty("goals").GetInt32());
    }

    [Fact]
    public async Task A_plan_header_is_replaced_and_its_version_moves_on()
    {
        var created = await _client.CreateAsync("/api/v1/plans", EnterprisePlan());
        var url = $"/api/v1/plans/{created.Id()}";

        var updated = await _client.PutOkAsync(url, new
        {
            name = "Company plan 2030",
            scope = "organization",
            owner = "rosa",
            period = new { start = "2030-01-01", end = "2030-12-31" },
            customer = new { who = "Clinic groups" },
        });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.Equal("Company plan 2030", read.Text("name"));
        Assert.Equal("organization", read.Text("scope"));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("team").ValueKind);
        Assert.Equal("rosa", read.Text("owner"));
        Assert.Equal("2030-12-31", read.GetProperty("period").Text("end"));
        Assert.Equal("Clinic groups", read.GetProperty("customer").Text("who"));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("mission").ValueKind);
        Assert.True(read.GetProperty("version").GetInt32() > created.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_deleted_plan_is_gone_with_everything_under_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var goal = $"{demo.Url}/goals/{demo.Goal("g1")}";

        await _client.DeleteAndExpectGoneAsync(demo.Url);

        await (await _client.GetAsync(goal)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain((await _client.GetOkAsync("/api/v1/plans")).EnumerateArray(), p => p.Id() == demo.Id);
    }

    [Fact]
    public async Task An_unknown_plan_is_not_found_for_every_verb()
    {
        const string Url = "/api/v1/plans/9999";

        await (await _client.GetAsync(Url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(Url, EnterprisePlan())).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(Url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsync($"{Url}/submit", null)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_team_plan_without_its_team_is_refused_naming_the_team()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/plans", new
        {
            name = "Nobody's team",
            scope = "team",
            period = new { start = "2030-01-01", end = "2030-06-30" },
        });

        await response.ExpectFieldErrorAsync("team");
    }

    [Fact]
    public async Task A_plan_for_an_unknown_team_is_refused_naming_the_team()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/plans", new
        {
            name = "Ghost team plan",
            scope = "team",
            team = "Ghosts",
            period = new { start = "2030-01-01", end = "2030-06-30" },
        });

        var messages = await response.ExpectFieldErrorAsync("team");
        Assert.Contains("Ghosts", messages[0]);
    }

    [Fact]
    public async Task A_plan_with_an_unknown_owner_is_refused_naming_the_owner()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/plans", new
        {
            name = "Whose plan",
            scope = "organization",
            owner = "nobody",
            period = new { start = "2030-01-01", end = "2030-06-30" },
        });

        await response.ExpectFieldErrorAsync("owner");
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_naming_the_period_end()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/plans", new
        {
            name = "Backwards",
            scope = "organization",
            period = new { start = "2030-06-30", end = "2030-01-01" },
        });

        await response.ExpectFieldErrorAsync("period.end");
    }

    [Fact]
    public async Task A_date_not_written_as_year_month_day_is_refused()
    {
        var response = await _client.PostRawAsync("/api/v1/plans",
            """{"name": "Dates", "scope": "organization", "period": {"start": "01/31/2030", "end": "2030-12-31"}}""");

        Assert.Contains("YYYY-MM-DD", Assert.Single(await response.ExpectFieldErrorAsync("period.start")));
        Assert.Equal(DemoPlan.PlansInTheDemo, (await _client.GetOkAsync("/api/v1/plans")).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_scope_is_refused()
    {
        var response = await _client.PostRawAsync("/api/v1/plans",
            """{"name": "Galaxy", "scope": "galaxy", "period": {"start": "2030-01-01", "end": "2030-12-31"}}""");

        await response.ExpectFieldErrorAsync("scope");
        Assert.Equal(DemoPlan.PlansInTheDemo, (await _client.GetOkAsync("/api/v1/plans")).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_json_member_is_refused()
    {
        var response = await _client.PostRawAsync("/api/v1/plans",
            """{"name": "Extra", "scope": "organization", "period": {"start": "2030-01-01", "end": "2030-12-31"}, "budget": 5}""");

        Assert.Contains("not a field", Assert.Single(await response.ExpectFieldErrorAsync("budget")));
        Assert.Equal(DemoPlan.PlansInTheDemo, (await _client.GetOkAsync("/api/v1/plans")).GetArrayLength());
    }

    [Fact]
    public async Task A_plan_without_a_body_is_refused_naming_the_body()
    {
        var response = await _client.PostRawAsync("/api/v1/plans", "");

        await response.ExpectFieldErrorAsync("body");
    }

    [Fact]
    public async Task A_plan_moves_through_its_whole_life_cycle()
    {
        var url = $"/api/v1/plans/{(await _client.CreateAsync("/api/v1/plans", EnterprisePlan())).Id()}";

        Assert.Equal("in_review", (await _client.PostOkAsync($"{url}/submit")).Text("status"));
        Assert.Equal("draft", (await _client.PostOkAsync($"{url}/return", new { reason = "Add the goals first." })).Text("status"));
        Assert.Equal("in_review", (await _client.PostOkAsync($"{url}/submit")).Text("status"));
        Assert.Equal("active", (await _client.PostOkAsync($"{url}/approve", new { @override = true, reason = "Goals follow in January." })).Text("status"));
        Assert.Equal("closed", (await _client.PostOkAsync($"{url}/close")).Text("status"));
        Assert.Equal("active", (await _client.PostOkAsync($"{url}/reopen")).Text("status"));
        Assert.Equal("active", (await _client.GetOkAsync(url)).Text("status"));
    }

    [Fact]
    public async Task A_transition_the_api_does_not_know_is_not_a_route()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsync($"{demo.Url}/archive", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("active", (await _client.GetOkAsync(demo.Url)).Text("status"));
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("submit")]
    [InlineData("reopen")]
    public async Task A_step_the_plans_status_does_not_allow_is_a_conflict(string step)
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var problem = await (await _client.PostAsync($"{demo.Url}/{step}", null)).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("is active", problem.Text("detail"));
        Assert.Equal("active", (await _client.GetOkAsync(demo.Url)).Text("status"));
    }

    [Fact]
    public async Task A_closed_plan_refuses_changes_with_a_conflict_until_reopened()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.PostOkAsync($"{demo.Url}/close");

        var problem = await (await _client.PostAsJsonAsync($"{demo.Url}/goals", new { title = "Late goal" })).ExpectProblemAsync(HttpStatusCode.Conflict);
        await _client.PostOkAsync($"{demo.Url}/reopen");

        Assert.Contains("closed", problem.Text("detail"));
        await _client.CreateAsync($"{demo.Url}/goals", new { title = "Late goal" });
    }
}
