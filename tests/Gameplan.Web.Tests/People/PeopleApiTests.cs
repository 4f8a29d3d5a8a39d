using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.People;

public sealed class PeopleApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PeopleApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<int> IdOfAsync(string handle) =>
        (await _client.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == handle).Id();

    [Fact]
    public async Task A_new_person_is_found_at_their_location_with_the_handle_in_lower_case()
    {
        var person = await _client.CreateAsync("/api/v1/people", new
        {
            handle = "Zoe.W",
            name = "Zoe Wright",
            role = "manager",
            team = "Enterprise",
            capacity_hours_per_week = 36,
        });

        Assert.Equal("zoe.w", person.Text("handle"));
        Assert.Equal("Zoe Wright", person.Text("name"));
        Assert.Equal("manager", person.Text("role"));
        Assert.Equal("Enterprise", person.Text("team"));
        Assert.Equal(36m, person.GetProperty("capacity_hours_per_week").GetDecimal());
        Assert.True(person.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_person_may_have_their_own_time_zone_and_a_wrong_one_is_a_400_naming_it()
    {
        var person = await _client.CreateAsync("/api/v1/people", new { handle = "kai", name = "Kai Tane", time_zone = "Pacific/Auckland" });
        var refused = await _client.PostRawAsync("/api/v1/people", """{"handle": "kim", "name": "Kim Lee", "time_zone": "Moon/Base"}""");

        Assert.Equal("Pacific/Auckland", person.Text("time_zone"));
        Assert.Equal(JsonValueKind.Null, (await _client.GetOkAsync($"/api/v1/people/{await IdOfAsync("nia")}")).GetProperty("time_zone").ValueKind);
        await refused.ExpectFieldErrorAsync("time_zone");
    }

    [Fact]
    public async Task A_person_is_read_by_their_id()
    {
        var person = await _client.GetOkAsync($"/api/v1/people/{await IdOfAsync("nia")}");

        Assert.Equal("Nia Brooks", person.Text("name"));
        Assert.Equal("rep", person.Text("role"));
        Assert.Equal("Mid-Market", person.Text("team"));
        Assert.Equal(32m, person.GetProperty("capacity_hours_per_week").GetDecimal());
    }

    [Fact]
    public async Task The_people_are_listed_by_name()
    {
        await _client.CreateAsync("/api/v1/people", new { handle = "aaron", name = "Aaron Abbot" });

        var people = await _client.GetOkAsync("/api/v1/people");

        var names = people.EnumerateArray().Select(p => p.Text("name")).ToList();
        Assert.Equal(11, names.Count);
        Assert.Equal("Aaron Abbot", names[0]);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task A_person_is_replaced_by_put_and_may_be_deactivated()
    {
        var url = $"/api/v1/people/{await IdOfAsync("sofia")}";

        var updated = await _client.PutOkAsync(url, new
        {
            handle = "sofia.r",
            name = "Sofia Rossi",
            role = "manager",
            team = "Mid-Market",
            capacity_hours_per_week = 20,
            active = false,
        });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.Equal("sofia.r", read.Text("handle"));
        Assert.Equal("manager", read.Text("role"));
        Assert.Equal("Mid-Market", read.Text("team"));
        Assert.False(read.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_person_nobody_refers_to_is_deleted()
    {
        var person = await _client.CreateAsync("/api/v1/people", new { handle = "temp", name = "Temp Worker" });

        await _client.DeleteAndExpectGoneAsync($"/api/v1/people/{person.Id()}");

        Assert.DoesNotContain((await _client.GetOkAsync("/api/v1/people")).EnumerateArray(), p => p.Text("handle") == "temp");
    }

    [Fact]
    public async Task A_person_a_plan_refers_to_cannot_be_deleted()
    {
        var url = $"/api/v1/people/{await IdOfAsync("rosa")}";

        var problem = await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("deactivate", problem.Text("detail"));
        Assert.Equal("rosa", (await _client.GetOkAsync(url)).Text("handle"));
    }

    [Fact]
    public async Task A_person_without_a_handle_is_refused_naming_the_handle()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/people", new { handle = "", name = "Anonymous" });

        await response.ExpectFieldErrorAsync("handle");
    }

    [Theory]
    [InlineData("9lives")]
    [InlineData("has space")]
    [InlineData("team")]
    [InlineData("owner")]
    public async Task A_handle_plan_files_could_not_use_is_refused_naming_the_handle(string handle)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/people", new { handle, name = "Someone" });

        await response.ExpectFieldErrorAsync("handle");
        Assert.Equal(10, (await _client.GetOkAsync("/api/v1/people")).GetArrayLength());
    }

    [Fact]
    public async Task A_handle_already_taken_is_refused_naming_the_handle()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/people", new { handle = "Omar", name = "Another Omar" });

        await response.ExpectFieldErrorAsync("handle");
        Assert.Single((await _client.GetOkAsync("/api/v1/people")).EnumerateArray(), p => p.Text("handle") == "omar");
    }

    [Fact]
    public async Task Renaming_a_handle_to_one_already_taken_is_refused_naming_the_handle()
    {
        var url = $"/api/v1/people/{await IdOfAsync("jonas")}";

        var response = await _client.PutAsJsonAsync(url, new { handle = "ravi", name = "Jonas Berg" });

        await response.ExpectFieldErrorAsync("handle");
        Assert.Equal("jonas", (await _client.GetOkAsync(url)).Text("handle"));
    }

    [Fact]
    public async Task A_person_in_an_unknown_team_is_refused_naming_the_team()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/people", new { handle = "zed", name = "Zed", team = "Ghosts" });

        await response.ExpectFieldErrorAsync("team");
    }

    [Fact]
    public async Task A_capacity_beyond_the_hours_of_a_week_is_refused_naming_the_capacity()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/people", new { handle = "zed", name = "Zed", capacity_hours_per_week = 200 });

        await response.ExpectFieldErrorAsync("capacity_hours_per_week");
    }

    [Fact]
    public async Task A_capacity_that_is_not_a_number_or_an_unknown_role_is_refused()
    {
        await (await _client.PostRawAsync("/api/v1/people", """{"handle": "zed", "name": "Zed", "capacity_hours_per_week": "forty"}"""))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await _client.PostRawAsync("/api/v1/people", """{"handle": "zed", "name": "Zed", "role": "wizard"}"""))
            .ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(10, (await _client.GetOkAsync("/api/v1/people")).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_person_is_not_found_for_every_verb()
    {
        const string Url = "/api/v1/people/9999";

        await (await _client.GetAsync(Url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(Url, new { handle = "ghost", name = "Ghost" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(Url)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }
}
