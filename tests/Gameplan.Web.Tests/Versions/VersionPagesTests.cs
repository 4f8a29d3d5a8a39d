using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Versions;

/// <summary>The versions page and the plan page's "changed since approval", on the demo plan (seeded as versions 1, submitted, and 2, approved).</summary>
public sealed class VersionPagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public VersionPagesTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    private async Task<DemoPlan> ChangeGoalAsync()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.PutOkAsync($"{demo.Url}/goals/{demo.Goal("g2")}", new { title = "Win 140 new clinic customers", metric = "new_customers", unit = "count", baseline = 0, target = 150, dri = "omar", weight = 2 });
        return demo;
    }

    [Fact]
    public async Task The_versions_page_lists_who_stored_each_and_why_and_compares_the_approved_one_with_the_plan_now()
    {
        var demo = await ChangeGoalAsync();

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/versions");

        Assert.Contains("First draft, written with both managers.", html, StringComparison.Ordinal);
        Assert.Contains("From version 2 (approved) to the plan now", html, StringComparison.Ordinal);
        var change = PageForms.Element(html, "compare", "section");
        Assert.Contains("<strong>Goal g2</strong>", change, StringComparison.Ordinal);
        Assert.Contains("<q>Win 140 new clinic customers</q>", change, StringComparison.Ordinal);
        Assert.Matches("<dt>target</dt>\\s*<dd><del>140</del>.*<ins>150</ins>", change);
    }

    [Fact]
    public async Task Two_versions_chosen_on_the_page_are_compared()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/versions?from=1&to=2");

        Assert.Contains("From version 1 (submitted) to version 2 (approved)", html, StringComparison.Ordinal);
        Assert.Contains("No changes.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_goal_changed_after_approval_puts_the_plan_back_in_review_with_the_changes_shown_before_the_approve_button()
    {
        var demo = await ChangeGoalAsync();

        var html = await _client.GetPageAsync($"/plans/{demo.Id}");

        Assert.Contains(">In review</span>", html, StringComparison.Ordinal);
        var changes = html.IndexOf("Changed since approval", StringComparison.Ordinal);
        // The decision's button says "Approve anyway" while the critique finds errors in the demo plan.
        Assert.InRange(changes, 0, html.IndexOf("value=\"Approve\"", StringComparison.Ordinal));
        Assert.Matches("<del>140</del>.*<ins>150</ins>", PageForms.Element(html, "review-changes", "section"));
    }

    [Fact]
    public async Task A_tactic_changed_after_approval_keeps_the_plan_active_and_says_it_changed_since_approval()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.PutOkAsync($"{demo.Url}/tactics/{demo.Tactic("t3")}", new { action = "Exhibit at the regional medical group management conference.", owner = "omar", due = "2031-06-30" });

        var html = await _client.GetPageAsync($"/plans/{demo.Id}");

        Assert.Contains(">Active</span>", html, StringComparison.Ordinal);
        Assert.Matches($"Changed since approval:\\s*<a href=\"/plans/{demo.Id}/versions\\?from=2&to=current#compare\">", html);
    }

    [Fact]
    public async Task The_approved_plan_unchanged_says_nothing_about_changes()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}");

        Assert.DoesNotContain("Changed since", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/plans/{demo.Id}/versions\"", html, StringComparison.Ordinal);
    }
}
