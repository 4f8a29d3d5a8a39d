using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Security;

/// <summary>
/// Drafting tactics (issue #11, point 16): the DRI of a strategy adds tactics under it even in the
/// organisation plan, and whoever drafts a tactic is recorded as its author, so they can change it afterwards.
/// </summary>
public sealed class TacticDraftingTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_manager_adds_and_changes_tactics_under_the_strategy_she_is_dri_of_in_the_organisation_plan()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var omar = _factory.CreateClientAs("omar");

        var tactic = await omar.CreateAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics", new { action = "Run a referral-partner breakfast every quarter.", owner = "omar" });
        var changed = await omar.PutAsJsonAsync($"{demo.Url}/tactics/{tactic.Id()}", new { action = "Run a referral-partner breakfast every month.", owner = "omar" });
        var commitment = await omar.PostAsJsonAsync($"{demo.Url}/tactics/{tactic.Id()}/commitments", new { metric = "breakfasts", target = 1, per = "month" });
        var underGracesStrategy = await omar.PostAsJsonAsync($"{demo.Url}/strategies/{demo.Strategy("s2")}/tactics", new { action = "Train reps on the calculator.", owner = "omar" });
        var movedToGracesStrategy = await omar.PutAsJsonAsync($"{demo.Url}/tactics/{tactic.Id()}", new { action = "Run a referral-partner breakfast every month.", owner = "omar", strategy_id = demo.Strategy("s2") });
        var someoneElsesTactic = await omar.PutAsJsonAsync($"{demo.Url}/tactics/{demo.Tactic("t2")}", new { action = "Stop posting.", owner = "nia" });

        Assert.Equal(["omar"], tactic.GetProperty("authors").Strings());
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, commitment.StatusCode);
        await underGracesStrategy.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("strategy_id", (await movedToGracesStrategy.ExpectProblemAsync(HttpStatusCode.Forbidden)).Text("detail"));
        Assert.Equal(HttpStatusCode.Forbidden, someoneElsesTactic.StatusCode);
        var stored = await omar.GetOkAsync($"{demo.Url}/tactics/{tactic.Id()}");
        Assert.Equal((demo.Strategy("s1"), "Run a referral-partner breakfast every month."), (stored.GetProperty("strategy_id").GetInt32(), stored.Text("action")));
    }

    [Fact]
    public async Task A_rep_who_drafts_a_tactic_without_naming_authors_is_its_author_and_keeps_changing_it()
    {
        var omar = _factory.CreateClientAs("omar");
        var plan = await omar.CreateAsync("/api/v1/plans", new { name = "Mid-Market 2027", scope = "team", team = "Mid-Market", owner = "omar", period = new { start = "2027-01-01", end = "2027-12-31" } });
        var strategy = await omar.CreateAsync($"/api/v1/plans/{plan.Id()}/strategies", new { statement = "Win multi-site clinics on claim-denial savings." });
        var lena = _factory.CreateClientAs("lena");

        var tactic = await lena.CreateAsync($"/api/v1/plans/{plan.Id()}/strategies/{strategy.Id()}/tactics", new { action = "Call five clinic managers every morning.", owner = "lena" });
        var url = $"/api/v1/plans/{plan.Id()}/tactics/{tactic.Id()}";
        var first = await lena.PutAsJsonAsync(url, new { action = "Call six clinic managers every morning.", owner = "lena", authors = Array.Empty<string>() });
        var second = await lena.PutAsJsonAsync(url, new { action = "Call seven clinic managers every morning.", owner = "lena" });
        var byMateo = await _factory.CreateClientAs("mateo").PutAsJsonAsync(url, new { action = "Call nobody.", owner = "lena" });

        Assert.Equal(["lena"], tactic.GetProperty("authors").Strings());
        Assert.Equal(["lena"], (await first.ExpectAsync(HttpStatusCode.OK)).GetProperty("authors").Strings());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byMateo.StatusCode);
        Assert.Equal("Call seven clinic managers every morning.", (await lena.GetOkAsync(url)).Text("action"));
    }

    [Fact]
    public async Task An_admin_who_names_the_authors_is_not_added_to_them()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());

        var named = await _factory.CreateClient().CreateAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics", new { action = "Join two more LinkedIn groups.", authors = new[] { "nia" } });
        var unnamed = await _factory.CreateClient().CreateAsync($"{demo.Url}/strategies/{demo.Strategy("s1")}/tactics", new { action = "Join three more LinkedIn groups." });

        Assert.Equal(["nia"], named.GetProperty("authors").Strings());
        Assert.Equal(["alex"], unnamed.GetProperty("authors").Strings());
    }
}
