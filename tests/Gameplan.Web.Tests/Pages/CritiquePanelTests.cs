using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class CritiquePanelTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_strategy_without_tactics_is_named_in_the_panel_and_linked_to_its_place_and_form()
    {
        var client = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(client);
        var dream = await client.CreateAsync($"{demo.Url}/strategies", new { statement = "Become the market leader in clinic software.", dri = "rosa", goals = new[] { "g1" } });

        var html = await _factory.BrowserClient().GetPageAsync($"/plans/{demo.Id}");
        var panel = PageForms.Element(html, "critique", "section");

        Assert.Contains("GP107", panel);
        Assert.Contains($"href=\"#strategy-{dream.Id()}\"", panel);
        Assert.Contains($"href=\"/plans/{demo.Id}/strategies/{dream.Id()}/edit\"", panel);
        Assert.Contains("<meter", html);
    }

    [Fact]
    public async Task Two_strategies_without_tactics_are_one_sentence_with_their_count_and_each_carries_a_badge()
    {
        var client = _factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(client);
        var first = await client.CreateAsync($"{demo.Url}/strategies", new { statement = "Win the dental chains through their purchasing groups.", dri = "rosa", goals = new[] { "g1" } });
        var second = await client.CreateAsync($"{demo.Url}/strategies", new { statement = "Sell the billing audit as the way in to hospital outpatient units.", dri = "rosa", goals = new[] { "g2" } });

        var html = await _factory.BrowserClient().GetPageAsync($"/plans/{demo.Id}");
        var group = PageForms.Element(html, "rule-GP107", "summary");

        Assert.Contains("2 strategies have no tactics: ", group);
        Assert.Contains($">{first.Text("key")},</span>", group);
        Assert.Contains($">{second.Text("key")}</span>", group);
        foreach (var dream in new[] { first, second })
        {
            var badge = PageForms.Element(html, $"findings-of-strategy-{dream.Id()}", "span");
            Assert.Contains("class=\"finding-badge finding-badge-error\"", badge);
            Assert.Contains("href=\"#rule-GP107\"", badge);
            Assert.Contains($"GP107: Strategy '{dream.Text("statement").TrimEnd('.')}' has no tactics", System.Net.WebUtility.HtmlDecode(badge));
        }
        // A strategy the critique says nothing about has an empty badge (kept for htmx to swap), no link.
        Assert.DoesNotContain("<a", PageForms.Element(html, $"findings-of-strategy-{demo.Strategy("s1")}", "span"));
    }

    [Fact]
    public async Task The_risk_radar_shows_all_eight_reasons_plans_fail()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());

        var html = await _factory.BrowserClient().GetPageAsync($"/plans/{demo.Id}");

        foreach (var risk in new[] { "customer understanding", "communication", "commitment", "resource competence", "time requirements", "coordination", "follow through", "focus" })
        {
            Assert.Contains($"<th scope=\"row\">{risk}</th>", html);
        }
    }
}
