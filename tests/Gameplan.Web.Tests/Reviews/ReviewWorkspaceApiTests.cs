using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Reviews;

/// <summary>The review workspace API on the demo's organisation plan (alex runs its reviews; nia is coached in its one-on-one).</summary>
public sealed class ReviewWorkspaceApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public ReviewWorkspaceApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private static int Upcoming(DemoPlan demo, string kind) =>
        demo.Details.GetProperty("reviews").EnumerateArray().Where(r => r.Text("kind") == kind && !r.GetProperty("held").GetBoolean()).OrderBy(r => r.Text("date"), StringComparer.Ordinal).First().Id();

    [Fact]
    public async Task An_action_item_raised_for_a_rep_is_in_his_list_and_only_he_or_the_manager_ticks_it_done()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var review = $"{demo.Url}/reviews/{Upcoming(demo, "tactical")}";

        var item = await (await _client.PostAsJsonAsync($"{review}/action-items", new { text = "Book two demos with the Lakeside group.", owner = "lena", due = "2099-01-31" })).ExpectAsync(HttpStatusCode.Created);
        using var lena = _factory.CreateClientAs("lena");
        using var mateo = _factory.CreateClientAs("mateo");
        var mine = await lena.GetOkAsync("/api/v1/me/action-items");

        Assert.Equal("lena", item.Text("owner"));
        Assert.Contains(mine.EnumerateArray(), i => i.Id() == item.Id() && i.Text("url").EndsWith($"#action-item-{item.Id()}", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await mateo.PatchAsJsonAsync($"{review}/action-items/{item.Id()}", new { done = true })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.PatchAsJsonAsync($"{review}/action-items/{item.Id()}", new { text = "Nothing to do" })).StatusCode);
        var ticked = await (await lena.PatchAsJsonAsync($"{review}/action-items/{item.Id()}", new { done = true })).ExpectAsync(HttpStatusCode.OK);
        Assert.True(ticked.GetProperty("done").GetBoolean());
        Assert.DoesNotContain((await lena.GetOkAsync("/api/v1/me/action-items")).EnumerateArray(), i => i.Id() == item.Id());
    }

    [Fact]
    public async Task A_rep_reads_and_adds_to_his_own_one_on_one_but_a_colleague_reads_neither_it_nor_its_notes()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var review = $"{demo.Url}/reviews/{demo.OneOnOneReview()}";
        using var nia = _factory.CreateClientAs("nia");
        using var lena = _factory.CreateClientAs("lena");

        var point = await (await nia.PostAsJsonAsync($"{review}/talking-points", new { text = "I want help with the opening question." })).ExpectAsync(HttpStatusCode.Created);
        var workspace = await nia.GetOkAsync($"{review}/workspace");

        Assert.Equal("nia", point.Text("author"));
        Assert.Equal("nia", workspace.GetProperty("talking_points")[0].Text("author"));
        Assert.False(workspace.GetProperty("can").GetProperty("run").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.GetAsync($"{review}/agenda")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.GetAsync($"{review}/workspace")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.PostAsJsonAsync($"{review}/talking-points", new { text = "Hi" })).StatusCode);
        var listed = (await lena.GetOkAsync($"{demo.Url}/reviews")).EnumerateArray().Single(r => r.Id() == demo.OneOnOneReview());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("notes").ValueKind);
        Assert.Equal(JsonValueKind.Null, (await lena.GetOkAsync(review)).GetProperty("notes").ValueKind);
        var inThePlan = (await lena.GetOkAsync(demo.Url)).GetProperty("reviews").EnumerateArray().Single(r => r.Id() == demo.OneOnOneReview());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (inThePlan.GetProperty("notes").ValueKind, inThePlan.GetProperty("person").ValueKind));
        Assert.Equal("First coaching session on prospecting habits.", (await nia.GetOkAsync(review)).Text("notes"));
    }

    [Fact]
    public async Task Marking_a_review_held_keeps_its_agenda_and_the_agenda_then_reads_the_kept_one()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var review = $"{demo.Url}/reviews/{Upcoming(demo, "tactical")}";
        var before = await _client.GetOkAsync($"{review}/agenda");

        var held = await _client.PostOkAsync($"{review}/held", new { notes = "Lena to pair with Mateo." });
        var after = await _client.GetOkAsync($"{review}/agenda");

        Assert.False(before.GetProperty("held").GetBoolean());
        Assert.Equal(JsonValueKind.Null, before.GetProperty("snapshot_taken_at").ValueKind);
        Assert.True(after.GetProperty("held").GetBoolean());
        Assert.Equal(held.Text("snapshot_taken_at"), after.Text("snapshot_taken_at"));
        Assert.Equal(["pace", "off_pace", "idle_tactics", "new_findings", "open_action_items"],
            after.GetProperty("agenda").GetProperty("sections").EnumerateArray().Select(s => s.Text("key")));
        Assert.Equal("Lena to pair with Mateo.", (await _client.GetOkAsync(review)).Text("notes"));
    }

    [Fact]
    public async Task An_action_item_without_an_owner_or_for_someone_unknown_is_refused_naming_the_field()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var review = $"{demo.Url}/reviews/{Upcoming(demo, "tactical")}";

        await (await _client.PostAsJsonAsync($"{review}/action-items", new { text = "Call.", due = "2099-01-01" })).ExpectFieldErrorAsync("owner");
        await (await _client.PostAsJsonAsync($"{review}/action-items", new { text = "Call.", owner = "nobody", due = "2099-01-01" })).ExpectFieldErrorAsync("owner");
    }

    [Fact]
    public async Task The_plan_proposes_its_next_reviews_and_the_workspace_page_shows_the_agenda()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var proposals = await _client.GetOkAsync($"{demo.Url}/review-proposals");
        var page = await _client.GetStringAsync($"/plans/{demo.Id}/reviews/{Upcoming(demo, "tactical")}");
        using var lena = _factory.CreateClientAs("lena");
        var refused = await lena.GetAsync($"/plans/{demo.Id}/reviews/{demo.OneOnOneReview()}");

        Assert.Equal(JsonValueKind.Array, proposals.ValueKind);
        Assert.Contains("Off-pace commitments and why", page, StringComparison.Ordinal);
        Assert.Contains("Mark held", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var held = await _client.GetStringAsync($"/plans/{demo.Id}/reviews/{demo.Details.GetProperty("reviews")[0].Id()}");
        Assert.Contains("kept when it was marked held, not today's", held, StringComparison.Ordinal);
        Assert.Contains("Risk radar", held, StringComparison.Ordinal);
        Assert.Contains("Add a hiring strategy (s3) before the plan is approved.", held, StringComparison.Ordinal);
    }
}
