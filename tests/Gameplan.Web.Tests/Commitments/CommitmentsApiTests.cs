using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Commitments;

public sealed class CommitmentsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public CommitmentsApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_commitment_is_added_under_its_tactic_and_found_at_its_location()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var commitment = await _client.CreateAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}/commitments", new
        {
            metric = "booth_conversations",
            unit = "count",
            target = 40,
            per = "period",
            assignees = "named",
            people = new[] { "omar", "lena" },
        });

        Assert.Equal(demo.Tactic("t3"), commitment.GetProperty("tactic_id").GetInt32());
        Assert.Equal("booth_conversations", commitment.Text("metric"));
        Assert.Equal(40m, commitment.GetProperty("target").GetDecimal());
        Assert.Equal("period", commitment.Text("per"));
        Assert.Equal("named", commitment.Text("assignees"));
        Assert.Equal(["lena", "omar"], commitment.GetProperty("people").Strings());
        Assert.Empty(commitment.GetProperty("acknowledged_by").EnumerateArray());
    }

    [Fact]
    public async Task A_commitment_is_read_with_its_assignees_and_acknowledgements()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var commitment = await _client.GetOkAsync($"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}");

        Assert.Equal(60m, commitment.GetProperty("target").GetDecimal());
        Assert.Equal("day", commitment.Text("per"));
        Assert.Equal(["lena", "mateo", "nia"], commitment.GetProperty("people").Strings());
        Assert.Equal(["lena", "mateo"], commitment.GetProperty("acknowledged_by").Strings());
    }

    [Fact]
    public async Task A_tactics_commitments_are_listed()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var tactic = $"{demo.Url}/tactics/{demo.Tactic("t2")}";
        await _client.CreateAsync($"{tactic}/commitments", new { metric = "comments", target = 5, per = "week" });

        var commitments = await _client.GetOkAsync($"{tactic}/commitments");

        Assert.Equal(["linkedin_posts", "comments"], commitments.EnumerateArray().Select(c => c.Text("metric")));
    }

    [Fact]
    public async Task A_commitment_is_replaced_by_put()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/commitments/{demo.Commitment("t2", "linkedin_posts")}";

        var updated = await _client.PutOkAsync(url, new { metric = "linkedin_posts", unit = "count", target = 3, per = "week", assignees = "team" });

        var read = await _client.GetOkAsync(url);
        Assert.True(JsonElement.DeepEquals(updated, read), $"PUT answered {updated} but GET reads {read}");
        Assert.Equal(3m, read.GetProperty("target").GetDecimal());
        Assert.Equal("team", read.Text("assignees"));
        Assert.Equal(demo.Tactic("t2"), read.GetProperty("tactic_id").GetInt32());
    }

    [Fact]
    public async Task A_deleted_commitment_is_gone_from_its_tactic()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        await _client.DeleteAndExpectGoneAsync($"{demo.Url}/commitments/{demo.Commitment("t4", "webinars")}");

        Assert.Empty((await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t4")}/commitments")).EnumerateArray());
    }

    [Fact]
    public async Task A_person_acknowledges_a_commitment_once_however_often_they_say_so()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}";
        var nia = _factory.CreateClientAs("nia");

        var first = await nia.PostOkAsync($"{url}/acknowledgements", new { person = "nia" });
        var again = await nia.PostOkAsync($"{url}/acknowledgements", new { person = "NIA" });

        Assert.Equal(["lena", "mateo", "nia"], first.GetProperty("acknowledged_by").Strings().Order());
        Assert.Equal(["lena", "mateo", "nia"], again.GetProperty("acknowledged_by").Strings().Order());
        Assert.Equal(["lena", "mateo", "nia"], (await _client.GetOkAsync(url)).GetProperty("acknowledged_by").Strings().Order());
    }

    [Fact]
    public async Task An_acknowledgement_by_an_unknown_handle_is_refused_naming_the_person()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}";

        var response = await _client.PostAsJsonAsync($"{url}/acknowledgements", new { person = "zed" });

        await response.ExpectFieldErrorAsync("person");
        Assert.Equal(["lena", "mateo"], (await _client.GetOkAsync(url)).GetProperty("acknowledged_by").Strings());
    }

    [Fact]
    public async Task An_acknowledgement_without_a_person_is_refused_naming_the_person()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/commitments/{demo.Commitment("t1", "prospecting_minutes")}/acknowledgements", new { person = "" });

        await response.ExpectFieldErrorAsync("person");
    }

    [Fact]
    public async Task A_commitment_without_a_metric_is_refused_naming_the_metric()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}/commitments", new { metric = "", target = 5 });

        await response.ExpectFieldErrorAsync("metric");
    }

    [Fact]
    public async Task A_target_of_zero_is_refused_naming_the_target()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PutAsJsonAsync($"{demo.Url}/commitments/{demo.Commitment("t2", "linkedin_posts")}", new { metric = "linkedin_posts", target = 0 });

        await response.ExpectFieldErrorAsync("target");
        Assert.Equal(2m, (await _client.GetOkAsync($"{demo.Url}/commitments/{demo.Commitment("t2", "linkedin_posts")}")).GetProperty("target").GetDecimal());
    }

    [Fact]
    public async Task Named_assignees_without_anybody_named_are_refused_naming_the_assignees()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}/commitments", new { metric = "calls", target = 5, assignees = "named" });

        await response.ExpectFieldErrorAsync("assignees");
    }

    [Fact]
    public async Task An_unknown_assignee_is_refused_naming_the_people()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var response = await _client.PostAsJsonAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}/commitments", new
        {
            metric = "calls",
            target = 5,
            assignees = "named",
            people = new[] { "lena", "zed" },
        });

        await response.ExpectFieldErrorAsync("people");
        Assert.Empty((await _client.GetOkAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}/commitments")).EnumerateArray());
    }

    [Fact]
    public async Task A_target_that_is_not_a_number_or_an_unknown_span_is_refused()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/tactics/{demo.Tactic("t3")}/commitments";

        await (await _client.PostRawAsync(url, """{"metric": "calls", "target": "abc"}""")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await _client.PostRawAsync(url, """{"metric": "calls", "target": 5, "per": "fortnight"}""")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        Assert.Empty((await _client.GetOkAsync(url)).EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_commitment_is_not_found_for_every_verb()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = $"{demo.Url}/commitments/9999";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { metric = "calls", target = 1 })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync($"{url}/acknowledgements", new { person = "nia" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"{demo.Url}/tactics/9999/commitments")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync($"{demo.Url}/tactics/9999/commitments", new { metric = "calls", target = 1 })).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_commitment_of_another_plan_is_not_found_through_this_plan()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = await DemoPlan.CreateOtherPlanAsync(_client);
        var id = demo.Commitment("t1", "prospecting_minutes");
        var url = $"{other}/commitments/{id}";

        await (await _client.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PutAsJsonAsync(url, new { metric = "hijacked", target = 1 })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.DeleteAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync($"{url}/acknowledgements", new { person = "nia" })).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await _client.PostAsJsonAsync($"{other}/tactics/{demo.Tactic("t1")}/commitments", new { metric = "sneaky", target = 1 })).ExpectProblemAsync(HttpStatusCode.NotFound);

        var original = await _client.GetOkAsync($"{demo.Url}/commitments/{id}");
        Assert.Equal("prospecting_minutes", original.Text("metric"));
        Assert.Equal(["lena", "mateo"], original.GetProperty("acknowledged_by").Strings());
    }
}
