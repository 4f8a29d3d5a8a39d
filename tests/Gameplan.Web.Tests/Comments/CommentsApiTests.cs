using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Comments;

/// <summary>/api/v1/plans/{planId}/comments on the demo's organisation plan, which everyone reads: omar and lena discuss it, rosa (executive) moderates.</summary>
public sealed class CommentsApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<(HttpClient Client, string Url)> AsAsync(string handle)
    {
        var client = _factory.CreateClientAs(handle);
        return (client, $"{(await DemoPlan.LoadAsync(client)).Url}/comments");
    }

    [Fact]
    public async Task A_comment_on_a_tactic_is_created_at_its_location_with_its_mentions_and_listed_by_element()
    {
        var (omar, url) = await AsAsync("omar");

        var comment = await omar.CreateAsync(url, new { element = "strategies[s1].tactics[t1]", body = "@lena can we start this in week one? cc @nobody" });
        await omar.CreateAsync(url, new { element = "goals[g1]", body = "Is 140 realistic?" });

        Assert.Equal(("strategies[s1].tactics[t1]", "omar", "comment"), (comment.Text("element"), comment.Text("author"), comment.Text("purpose")));
        Assert.Equal(["lena"], comment.GetProperty("mentions").Strings());
        Assert.False(comment.GetProperty("element_removed").GetBoolean());
        var listed = await omar.GetOkAsync($"{url}?element=strategies[s1].tactics[t1]");
        Assert.Equal([comment.Id()], listed.EnumerateArray().Select(c => c.Id()));
        Assert.Equal(2, (await omar.GetOkAsync(url)).GetArrayLength());
    }

    [Fact]
    public async Task A_reply_joins_the_thread_and_the_thread_lists_it()
    {
        var (omar, url) = await AsAsync("omar");
        var (lena, _) = await AsAsync("lena");
        var thread = await omar.CreateAsync(url, new { element = "plan.mission", body = "Shorter?" });

        var reply = await lena.CreateAsync($"{url}/{thread.Id()}/replies", new { body = "Yes, one sentence." });

        Assert.Equal(thread.Id(), reply.GetProperty("thread_id").GetInt32());
        var read = await lena.GetOkAsync($"{url}/{thread.Id()}");
        Assert.Equal(["Yes, one sentence."], read.GetProperty("replies").EnumerateArray().Select(r => r.Text("body")));
    }

    [Fact]
    public async Task Only_the_author_edits_or_deletes_and_a_deleted_comment_stays_in_its_thread()
    {
        var (omar, url) = await AsAsync("omar");
        var (lena, _) = await AsAsync("lena");
        var thread = await omar.CreateAsync(url, new { body = "First thought." });

        var othersEdit = await lena.PutAsJsonAsync($"{url}/{thread.Id()}", new { body = "Lena's now" });
        var othersDelete = await lena.DeleteAsync($"{url}/{thread.Id()}");
        var edited = await omar.PutOkAsync($"{url}/{thread.Id()}", new { body = "Second thought." });
        await (await omar.DeleteAsync($"{url}/{thread.Id()}")).ExpectAsync(HttpStatusCode.NoContent);

        await othersEdit.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await othersDelete.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Second thought.", edited.Text("body"));
        var after = await omar.GetOkAsync($"{url}/{thread.Id()}");
        Assert.True(after.GetProperty("deleted").GetBoolean());
        Assert.Equal("", after.Text("body"));
    }

    [Fact]
    public async Task A_thread_is_resolved_by_its_author_or_a_moderator_but_not_by_another_reader()
    {
        var (omar, url) = await AsAsync("omar");
        var (lena, _) = await AsAsync("lena");
        var (rosa, _) = await AsAsync("rosa");
        var thread = await omar.CreateAsync(url, new { element = "strategies[s2]", body = "Which referrals count?" });

        var byLena = await lena.PostAsync($"{url}/{thread.Id()}/resolve", null);
        var resolved = await omar.PostOkAsync($"{url}/{thread.Id()}/resolve");
        var twice = await omar.PostAsync($"{url}/{thread.Id()}/resolve", null);
        var reopened = await rosa.PostOkAsync($"{url}/{thread.Id()}/reopen");

        await byLena.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal((true, "omar"), (resolved.GetProperty("resolved").GetBoolean(), resolved.Text("resolved_by")));
        await twice.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.False(reopened.GetProperty("resolved").GetBoolean());
    }

    [Theory]
    [InlineData("{\"element\": \"goals[g99]\", \"body\": \"Hm\"}", "element")]
    [InlineData("{\"element\": \"people[lena]\", \"body\": \"Hm\"}", "element")]
    [InlineData("{\"body\": \"  \"}", "body")]
    [InlineData("{\"element\": \"plan\"}", "body")]
    public async Task A_bad_comment_is_refused_naming_the_field(string json, string field)
    {
        var (omar, url) = await AsAsync("omar");

        var response = await omar.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

        await response.ExpectFieldErrorAsync(field);
        Assert.Equal(0, (await omar.GetOkAsync(url)).GetArrayLength());
    }

    [Fact]
    public async Task A_comment_of_another_plan_is_not_found()
    {
        var (omar, url) = await AsAsync("omar");

        var response = await omar.GetAsync($"{url}/999999");

        await response.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Returning_a_plan_needs_a_reason_that_becomes_a_plan_level_thread()
    {
        var (admin, _) = await AsAsync("alex");
        var plan = await admin.CreateAsync("/api/v1/plans", new { name = "Enterprise H1", scope = "team", team = "Enterprise", owner = "grace", period = new { start = "2030-01-01", end = "2030-06-30" } });
        var url = $"/api/v1/plans/{plan.Id()}";
        await admin.PostOkAsync($"{url}/submit");

        var bare = await admin.PostAsync($"{url}/return", null);
        var returned = await admin.PostOkAsync($"{url}/return", new { reason = "Add the goals, @grace." });

        await bare.ExpectFieldErrorAsync("reason");
        Assert.Equal("draft", returned.Text("status"));
        var thread = Assert.Single((await admin.GetOkAsync($"{url}/comments?element=plan")).EnumerateArray());
        Assert.Equal(("return", "Add the goals, @grace.", "alex"), (thread.Text("purpose"), thread.Text("body"), thread.Text("author")));
    }

    [Fact]
    public async Task Approving_a_plan_with_critique_errors_is_a_conflict_naming_override_until_overridden_with_a_reason()
    {
        var (admin, _) = await AsAsync("alex");
        var plan = await admin.CreateAsync("/api/v1/plans", new { name = "Enterprise H1", scope = "team", team = "Enterprise", owner = "grace", period = new { start = "2030-01-01", end = "2030-06-30" } });
        var url = $"/api/v1/plans/{plan.Id()}";
        await admin.PostOkAsync($"{url}/submit");

        var bare = await admin.PostAsync($"{url}/approve", null);
        var noReason = await admin.PostAsJsonAsync($"{url}/approve", new { @override = true });
        var approved = await admin.PostOkAsync($"{url}/approve", new { @override = true, reason = "Goals come with the January kick-off." });

        var conflict = await bare.ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.True(conflict.GetProperty("errors").TryGetProperty("override", out _), conflict.ToString());
        Assert.True(conflict.GetProperty("critique_errors").GetInt32() > 0);
        await noReason.ExpectFieldErrorAsync("reason");
        Assert.Equal("active", approved.Text("status"));
        Assert.Equal("approval", Assert.Single((await admin.GetOkAsync($"{url}/comments")).EnumerateArray()).Text("purpose"));
    }

    [Fact]
    public async Task A_clean_plan_is_still_approved_without_a_body()
    {
        var (admin, _) = await AsAsync("alex");
        var url = await CleanPlanAsync(admin);
        var critique = await admin.GetOkAsync($"{url}/critique");
        Assert.True(critique.GetProperty("summary").GetProperty("errors").GetInt32() == 0, critique.GetProperty("findings").ToString());
        await admin.PostOkAsync($"{url}/submit");

        var approved = await admin.PostAsync($"{url}/approve", null);

        Assert.Equal("active", (await approved.ExpectAsync(HttpStatusCode.OK)).Text("status"));
        Assert.Equal(0, (await admin.GetOkAsync($"{url}/comments")).GetArrayLength());
    }

    /// <summary>A team plan for a future year that the critique finds no error in.</summary>
    private static async Task<string> CleanPlanAsync(HttpClient admin)
    {
        var plan = await admin.CreateAsync("/api/v1/plans", new
        {
            name = "Enterprise 2030",
            scope = "team",
            team = "Enterprise",
            owner = "grace",
            period = new { start = "2030-01-01", end = "2030-12-31" },
            drafted = "2029-09-01",
            mission = "Help hospital groups get paid for every claim.",
            background = new { current = "Twelve hospital groups, most on one site.", desired = "Twenty groups, half on several sites." },
            customer = new { who = "Finance leaders of hospital groups.", values = "Claims paid the first time." },
            desired_results = "Twenty groups by the end of 2030.",
        });
        var url = $"/api/v1/plans/{plan.Id()}";
        await admin.CreateAsync($"{url}/goals", new { title = "Serve 20 hospital groups", metric = "customers", unit = "count", baseline = 12, target = 20, due = "2030-12-31", dri = "grace" });
        var strategy = await admin.CreateAsync($"{url}/strategies", new { statement = "Win multi-site hospital groups through their finance leaders with a value case.", dri = "grace", goals = new[] { "g1" } });
        var tactic = await admin.CreateAsync($"{url}/strategies/{strategy.Id()}/tactics", new
        {
            action = "Call five finance leaders of hospital groups every working day.",
            owner = "ravi",
            start = "2030-01-07",
            due = "2030-03-29",
            resources = new[] { "Sales Navigator seat" },
        });
        await admin.CreateAsync($"{url}/tactics/{tactic.Id()}/commitments", new { metric = "calls", unit = "count", target = 5, per = "day", assignees = "owner" });
        return url;
    }
}
