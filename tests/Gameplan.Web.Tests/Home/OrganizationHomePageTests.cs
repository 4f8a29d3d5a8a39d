using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Home;

public sealed class OrganizationHomePageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_executive_sees_each_goal_with_its_progress_and_pace_each_strategy_and_the_risk_radar()
    {
        using var rosa = _factory.CreateClientAs("rosa");
        var demo = await DemoPlan.LoadAsync(rosa);
        var pace = await rosa.GetOkAsync($"{demo.Url}/pace");

        var html = await rosa.GetPageAsync("/home/organization");

        Assert.Contains("<h1>Your organisation</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/plans/{demo.Id}\">{demo.Details.Text("name")}</a>", html, StringComparison.Ordinal);
        foreach (var goal in demo.Details.GetProperty("goals").EnumerateArray())
        {
            var card = PageForms.Part(html, $"data-goal=\"{goal.Text("key")}\"", "</li>");
            Assert.Contains(goal.Text("title"), card, StringComparison.Ordinal);
            Assert.Contains("<progress max=\"1\"", card, StringComparison.Ordinal);
            Assert.Contains("of the time gone by", card, StringComparison.Ordinal);
            // The progress shown is the pace report's, as a percentage.
            var line = pace.GetProperty("goals").EnumerateArray().Single(g => g.Text("id") == goal.Text("key"));
            if (line.GetProperty("progress").ValueKind == System.Text.Json.JsonValueKind.Number)
            {
                var percent = decimal.Round(line.GetProperty("progress").GetDecimal() * 100m, 0, MidpointRounding.AwayFromZero);
                Assert.Contains($"<strong>{percent:0}%</strong>", card, StringComparison.Ordinal);
            }
        }
        foreach (var strategy in demo.Details.GetProperty("strategies").EnumerateArray())
        {
            var row = PageForms.Part(html, $"data-strategy=\"{strategy.Text("key")}\"", "</tr>");
            Assert.Contains(strategy.Text("statement"), row, StringComparison.Ordinal);
            Assert.Contains($"href=\"/plans/{demo.Id}#strategy-{strategy.Id()}\"", row, StringComparison.Ordinal);
        }
        Assert.Contains("data-risk-radar", html, StringComparison.Ordinal);
        Assert.Contains("data-risk=\"", html, StringComparison.Ordinal);
        Assert.Contains("What changed this week", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strategy_nobody_carries_out_shows_as_a_dream_and_the_change_shows_in_this_week_by_name()
    {
        using var rosa = _factory.CreateClientAs("rosa");
        var demo = await DemoPlan.LoadAsync(rosa);
        var before = await rosa.GetPageAsync("/home/organization");
        Assert.DoesNotContain("Partner with clinic software resellers", before, StringComparison.Ordinal);

        var added = await rosa.PostAsJsonAsync($"{demo.Url}/strategies", new { statement = "Partner with clinic software resellers.", dri = "rosa", goals = new[] { "g2" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var key = (await added.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Text("key");

        var html = await rosa.GetPageAsync("/home/organization");
        var row = PageForms.Part(html, $"data-strategy=\"{key}\"", "</tr>");
        Assert.Contains("class=\"dream\"", row, StringComparison.Ordinal);
        var dreams = PageForms.Part(html, "class=\"org-dreams\"", "</ul>");
        Assert.Contains("Partner with clinic software resellers.</a>: no tactics and no child plan carries it out.", dreams, StringComparison.Ordinal);
        var changes = PageForms.Part(html, $"<a href=\"/plans/{demo.Id}#history\">{demo.Details.Text("name")}</a>", "</ul>");
        Assert.Contains("Rosa", changes, StringComparison.Ordinal);
        Assert.DoesNotContain("rosa (", changes, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("omar", HttpStatusCode.Forbidden)]
    [InlineData("lena", HttpStatusCode.Forbidden)]
    [InlineData("alex", HttpStatusCode.OK)]
    [InlineData("rosa", HttpStatusCode.OK)]
    public async Task Only_executives_and_admins_read_the_organisation_home(string handle, HttpStatusCode status)
    {
        using var client = _factory.CreateClientAs(handle);

        Assert.Equal(status, (await client.GetAsync("/home/organization")).StatusCode);
    }
}
