using System.Net;
using System.Text;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Plans;

/// <summary>Tactics tied to no strategy: imported from a plan file, shown apart, critiqued (GP108), moved under a strategy, exported back.</summary>
public sealed class UnplacedTacticsTests : IDisposable
{
    private const string File = """
        version: 1
        plan:
          name: Loose ends plan
          scope: organization
          period: { start: 2030-01-01, end: 2030-12-31 }
          strategies:
            - id: s1
              statement: Win regional clinics through referral partnerships with billing consultants.
              dri: rosa
          tactics:
            - id: t9
              action: Redesign the brochure.
              owner: rosa
              due: 2030-04-30
              activities:
                - { metric: brochure_hours, unit: hours, target: 4, per: period }
        settings:
          max_strategies: 2
          holidays: [2030-12-24]

        """;

    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _api;

    public UnplacedTacticsTests() => _api = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_imported_tactic_with_no_strategy_is_kept_apart_critiqued_and_exported_back()
    {
        var plan = await ImportAsync();

        var details = await _api.GetOkAsync($"/api/v1/plans/{plan}");
        var loose = Assert.Single(details.GetProperty("tactics").EnumerateArray());
        Assert.Equal(("t9", true), (loose.Text("key"), loose.GetProperty("strategy_id").ValueKind == System.Text.Json.JsonValueKind.Null));
        Assert.Empty(details.GetProperty("strategies")[0].GetProperty("tactics").EnumerateArray());
        Assert.Equal(2, details.GetProperty("settings").GetProperty("max_strategies").GetInt32());
        Assert.Equal("t9", (await _api.GetOkAsync($"/api/v1/plans/{plan}/tactics/{loose.Id()}")).Text("key"));

        var findings = await FindingsAsync(plan);
        Assert.Contains(findings, f => f == "GP108 tactics[t9]");

        var exported = await _api.GetStringAsync($"/api/v1/plans/{plan}/file");
        Assert.Contains("  tactics:\n    - id: t9\n      action: Redesign the brochure.\n", exported);
        Assert.Contains("settings:\n  max_strategies: 2\n  holidays: [2030-12-24]\n", exported);
    }

    [Fact]
    public async Task Moving_an_unplaced_tactic_through_the_api_places_it_under_the_strategy()
    {
        var plan = await ImportAsync();
        var details = await _api.GetOkAsync($"/api/v1/plans/{plan}");
        var loose = details.GetProperty("tactics")[0];
        var strategy = details.GetProperty("strategies")[0].Id();

        var moved = await _api.PutOkAsync($"/api/v1/plans/{plan}/tactics/{loose.Id()}", new { action = loose.Text("action"), owner = "rosa", due = "2030-04-30", strategy_id = strategy });

        Assert.Equal(strategy, moved.GetProperty("strategy_id").GetInt32());
        Assert.Single(moved.GetProperty("commitments").EnumerateArray());
        var after = await _api.GetOkAsync($"/api/v1/plans/{plan}");
        Assert.Empty(after.GetProperty("tactics").EnumerateArray());
        Assert.Equal("t9", after.GetProperty("strategies")[0].GetProperty("tactics")[0].Text("key"));
        Assert.DoesNotContain(await FindingsAsync(plan), f => f.StartsWith("GP108", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_plan_page_shows_unplaced_tactics_in_their_own_section_and_moves_one_under_a_strategy()
    {
        var plan = await ImportAsync();
        var browser = _factory.BrowserClient();
        var details = await _api.GetOkAsync($"/api/v1/plans/{plan}");
        var tactic = details.GetProperty("tactics")[0].Id();
        var strategy = details.GetProperty("strategies")[0].Id();

        var html = await browser.GetPageAsync($"/plans/{plan}");
        var section = PageForms.Element(html, "unplaced", "section");
        Assert.Contains("Redesign the brochure.", section);
        Assert.Contains($"action=\"/plans/{plan}/tactics/{tactic}/move\"", section);
        Assert.Contains($"<option value=\"{strategy}\">s1 · ", section);
        Assert.Contains($"href=\"#tactic-{tactic}\"", PageForms.Element(html, "critique", "section"));

        var body = new FormUrlEncodedContent([new("strategyId", strategy.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("__RequestVerificationToken", PageForms.TokenIn(html))]);
        var location = (await browser.PostAsync($"/plans/{plan}/tactics/{tactic}/move", body)).ExpectRedirect();

        Assert.Equal($"/plans/{plan}#tactic-{tactic}", location);
        var after = await browser.GetPageAsync($"/plans/{plan}");
        Assert.DoesNotContain("id=\"unplaced\"", after);
        Assert.Contains("Redesign the brochure.", PageForms.Element(after, $"strategy-{strategy}", "article"));
    }

    [Fact]
    public async Task Editing_an_unplaced_tactic_keeps_it_unplaced_unless_a_strategy_is_chosen()
    {
        var plan = await ImportAsync();
        var browser = _factory.BrowserClient();
        var tactic = (await _api.GetOkAsync($"/api/v1/plans/{plan}")).GetProperty("tactics")[0].Id();
        var form = $"/plans/{plan}/tactics/{tactic}/edit";

        var html = await browser.GetPageAsync(form);
        Assert.Matches("id=\"Input_StrategyId\"[^>]*>\\s*<option value=\"\">No strategy yet", html);
        (await browser.SubmitAsync(form, [("Input.Action", "Redesign the brochure twice."), ("Input.Owner", "rosa"), ("Input.StrategyId", ""), ("WhenNoResources", "not-stated")])).ExpectRedirect();

        var after = await _api.GetOkAsync($"/api/v1/plans/{plan}");
        Assert.Equal("Redesign the brochure twice.", after.GetProperty("tactics")[0].Text("action"));
    }

    [Fact]
    public async Task A_rep_cannot_move_a_tactic_they_did_not_draft()
    {
        var plan = await ImportAsync();
        var details = await _api.GetOkAsync($"/api/v1/plans/{plan}");
        var tactic = details.GetProperty("tactics")[0].Id();

        var response = await _factory.CreateClientAs("lena").PutAsync($"/api/v1/plans/{plan}/tactics/{tactic}",
            new StringContent($$"""{"action": "Redesign the brochure.", "strategy_id": {{details.GetProperty("strategies")[0].Id()}}}""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<int> ImportAsync() =>
        (await (await _api.PostAsync("/api/v1/plans/import", new StringContent(File, Encoding.UTF8, "application/yaml"))).ExpectAsync(HttpStatusCode.Created)).Id();

    private async Task<List<string>> FindingsAsync(int plan) =>
        [.. (await _api.GetOkAsync($"/api/v1/plans/{plan}/critique?today=2030-02-01")).GetProperty("findings").EnumerateArray().Select(f => $"{f.Text("rule")} {f.Text("path")}")];
}
