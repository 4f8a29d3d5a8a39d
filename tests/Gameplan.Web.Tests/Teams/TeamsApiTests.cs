using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Teams;

public sealed class TeamsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public TeamsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<int> IdOfAsync(string name) =>
        (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == name).Id();

    [Fact]
    public async Task A_new_team_under_a_parent_is_found_at_its_location()
    {
        var team = await _client.CreateAsync("/api/v1/teams", new { name = "Enterprise East", parent = "Enterprise" });

        Assert.Equal("Enterprise East", team.Text("name"));
        Assert.Equal("Enterprise", team.Text("parent"));
        Assert.Equal(0, team.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task A_team_is_read_with_its_member_count()
    {
        var team = await _client.GetOkAsync($"/api/v1/teams/{await IdOfAsync("Mid-Market")}");

        Assert.Equal("Mid-Market", team.Text("name"));
        Assert.Equal(JsonValueKind.Null, team.GetProperty("parent").ValueKind);
        Assert.Equal(4, team.GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task The_teams_are_listed_by_name()
    {
        await _client.CreateAsync("/api/v1/teams", new { name = "Channel" });

        var teams = await _client.GetOkAsync("/api/v1/teams");

        Assert.Equal(["Channel", "Enterprise", "Mid-Market"], teams.EnumerateArray().Select(t => t.Text("name")));
    }

    [Fact]
    public async Task A_team_is_renamed_and_moved_under_another_by_put()
    {
        var url = $"/api/v1/teams/{await IdOfAsync("Mid-Market")}";

        var updated = await _client.PutOkAsync(url, new { name = "Commercial", parent = "Enterprise" });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.Equal("Commercial", read.Text("name"));
        Assert.Equal("Enterprise", read.Text("parent"));
        Assert.Equal(4, read.GetProperty("members").GetInt32());
        Assert.Equal("Commercial", (await _client.GetOkAsync($"/api/v1/people/{await PersonIdAsync("lena")}")).Text("team"));
    }

    [Fact]
    public async Task An_empty_team_is_deleted()
    {
        var team = await _client.CreateAsync("/api/v1/teams", new { name = "Short-lived" });

        await _client.DeleteAndExpectGoneAsync($"/api/v1/teams/{team.Id()}");

        Assert.Equal(2, (await _client.GetOkAsync("/api/v1/teams")).GetArrayLength());
    }

    [Fact]
    public async Task A_team_with_members_cannot_be_deleted()
    {
        var url = $"/api/v1/teams/{await IdOfAsync("Enterprise")}";

        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(4, (await _client.GetOkAsync(url)).GetProperty("members").GetInt32());
    }

    [Fact]
    public async Task A_team_with_a_sub_team_cannot_be_deleted()
    {
        var parent = await _client.CreateAsync("/api/v1/teams", new { name = "Partners" });
        await _client.CreateAsync("/api/v1/teams", new { name = "Resellers", parent = "Partners" });

        await (await _client.DeleteAsync($"/api/v1/teams/{parent.Id()}")).ExpectProblemAsync(HttpStatusCode.Conflict);

        await _client.GetOkAsync($"/api/v1/teams/{parent.Id()}");
    }

    [Fact]
    public async Task A_team_with_a_plan_cannot_be_deleted()
    {
        var team = await _client.CreateAsync("/api/v1/teams", new { name = "Renewals" });
        await _client.CreateAsync("/api/v1/plans", new
        {
            name = "Renewals H1",
            scope = "team",
            team = "Renewals",
            period = new { start = "2030-01-01", end = "2030-06-30" },
        });

        await (await _client.DeleteAsync($"/api/v1/teams/{team.Id()}")).ExpectProblemAsync(HttpStatusCode.Conflict);

        await _client.GetOkAsync($"/api/v1/teams/{team.Id()}");
    }

    [Fact]
    public async Task A_team_without_a_name_is_refused_naming_the_name()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/teams", new { name = " " });

        await response.ExpectFieldErrorAsync("name");
    }

    [Fact]
    public async Task A_team_name_already_taken_is_refused_naming_the_name()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/teams", new { name = "Enterprise" });

        await response.ExpectFieldErrorAsync("name");
        Assert.Equal(2, (await _client.GetOkAsync("/api/v1/teams")).GetArrayLength());
    }

    [Fact]
    public async Task A_team_under_an_unknown_parent_is_refused_naming_the_parent()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/teams", new { name = "Orphans", parent = "Ghosts" });

        await response.ExpectFieldErrorAsync("parent");
        Assert.Equal(2, (await _client.GetOkAsync("/api/v1/teams")).GetArrayLength());
    }

    [Fact]
    public async Task A_team_cannot_be_moved_under_its_own_sub_team()
    {
        await _client.CreateAsync("/api/v1/teams", new { name = "Enterprise East", parent = "Enterprise" });
        var url = $"/api/v1/teams/{await IdOfAsync("Enterprise")}";

        var response = await _client.PutAsJsonAsync(url, new { name = "Enterprise", parent = "Enterprise East" });

        await response.ExpectFieldErrorAsync("parent");
        Assert.Equal(JsonValueKind.Null, (await _client.GetOkAsync(url)).GetProperty("parent").ValueKind);
    }

    [Fact]
    public async Task An_unknown_json_member_on_a_team_is_refused()
    {
        var response = await _client.PostRawAsync("/api/v1/teams", """{"name": "Channel", "region": "EMEA"}""");

        await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(2, (await _client.GetOkAsync("/api/v1/teams")).GetArrayLength());
    }

    [Fact]
    public async Task An_unknown_team_is_not_found_for_every_verb()
    {
        const string Url = "/api/v1/teams/9999";

        await (await _client.GetAsync(Url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(Url, new { name = "Ghosts" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(Url)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<int> PersonIdAsync(string handle) =>
        (await _client.GetOkAsync("/api/v1/people")).EnumerateArray().Single(p => p.Text("handle") == handle).Id();
}
