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
