using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class StrategyFormTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public StrategyFormTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_strategy_saved_with_goals_ticked_serves_those_goals_and_shows_as_a_dream_without_tactics()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/strategies/new",
            [("Input.Statement", "Win dental chains through their group purchasing organisations."), ("Input.Dri", "grace"), ("Goals", "g1"), ("Goals", "g3")])).ExpectRedirect();

        var strategy = (await _client.GetOkAsync(demo.Url)).GetProperty("strategies").EnumerateArray().Single(s => s.Text("statement").StartsWith("Win dental", StringComparison.Ordinal));
        Assert.Equal($"/plans/{demo.Id}#strategy-{strategy.Id()}", location);
        Assert.Equal(["g1", "g3"], strategy.GetProperty("goals").Strings());
        var branch = PageForms.Element(await _client.GetPageAsync(location), $"strategy-{strategy.Id()}", "article");
        Assert.Contains("Grace Kim", branch);
        Assert.Contains("No tactics", branch);
    }

    [Fact]
    public async Task The_edit_form_ticks_the_goals_the_strategy_serves()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/strategies/{demo.Strategy("s4")}/edit");

        Assert.Contains("name=\"Goals\" value=\"g2\" checked=\"checked\"", html);
        Assert.Contains("name=\"Goals\" value=\"g1\">", html);
        Assert.Contains("Its 2 tactics and their activity commitments are deleted with it.", html);
    }

    [Fact]
    public async Task A_strategy_without_a_statement_is_shown_again_with_the_message_beside_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await (await _client.SubmitAsync($"/plans/{demo.Id}/strategies/{demo.Strategy("s1")}/edit", [("Input.Statement", "  ")])).ExpectFormAgainAsync();

        Assert.Contains("required", PageForms.MessageBeside(html, "Input.Statement"));
    }

    [Fact]
    public async Task Deleting_a_strategy_takes_its_tactics_with_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/strategies/{demo.Strategy("s3")}/edit", [], handler: "Delete")).ExpectRedirect();

        var html = await _client.GetPageAsync(location);
        Assert.Contains("Strategy deleted.", html);
        Assert.DoesNotContain("Hire and ramp reps", PageForms.Element(html, "strategies", "section"));
        Assert.DoesNotContain("career fairs", PageForms.Element(html, "strategies", "section"));
    }
}
