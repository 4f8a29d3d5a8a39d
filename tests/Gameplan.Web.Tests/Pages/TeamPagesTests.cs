using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class TeamPagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public TeamPagesTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_team_added_under_a_parent_is_listed_with_it()
    {
        var location = (await _client.SubmitAsync("/teams/new", [("Input.Name", "Enterprise East"), ("Input.Parent", "Enterprise")])).ExpectRedirect();

        var row = PageForms.Element(await _client.GetPageAsync(location), location[(location.IndexOf('#') + 1)..], "tr");
        Assert.Equal(["Enterprise East", "Enterprise", "0", "Funnel"], PageForms.Cells(row));
    }

    [Fact]
    public async Task A_team_cannot_be_offered_as_its_own_parent()
    {
        var enterprise = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == "Enterprise").Id();

        var html = await _client.GetPageAsync($"/teams/{enterprise}/edit");

        Assert.Contains("<option value=\"Mid-Market\">Mid-Market</option>", html);
        Assert.DoesNotContain("<option value=\"Enterprise\">", html);
    }

    [Fact]
    public async Task A_duplicate_team_name_is_shown_beside_the_name()
    {
        var html = await (await _client.SubmitAsync("/teams/new", [("Input.Name", "Mid-Market")])).ExpectFormAgainAsync();

        Assert.Equal("There is already a team called 'Mid-Market'.", PageForms.MessageBeside(html, "Input.Name"));
    }

    [Fact]
    public async Task A_team_with_members_is_not_deleted_and_the_reason_is_shown()
    {
        var midMarket = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id();

        var location = (await _client.SubmitAsync($"/teams/{midMarket}/edit", [], handler: "Delete")).ExpectRedirect();

        Assert.Contains("still has members", await _client.GetPageAsync(location));
        Assert.Contains("Mid-Market", await _client.GetPageAsync("/teams"));
    }

    [Fact]
    public async Task An_empty_team_is_deleted_from_its_edit_page()
    {
        var created = (await _client.SubmitAsync("/teams/new", [("Input.Name", "Partners")])).ExpectRedirect();
        var id = created[(created.IndexOf("team-", StringComparison.Ordinal) + 5)..];

        var location = (await _client.SubmitAsync($"/teams/{id}/edit", [], handler: "Delete")).ExpectRedirect();

        Assert.Equal("/teams", location);
        Assert.DoesNotContain("Partners", await _client.GetPageAsync("/teams"));
    }
}
