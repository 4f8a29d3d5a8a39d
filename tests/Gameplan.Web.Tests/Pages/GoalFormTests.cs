using System.Net;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class GoalFormTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public GoalFormTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        await _client.GetPageAsync($"/plans/{demo.Id}/goals/new");

        var response = await _client.PostAsync($"/plans/{demo.Id}/goals/new", new FormUrlEncodedContent([new("Input.Title", "Forged goal")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(3, (await _client.GetOkAsync(demo.Url)).GetProperty("goals").GetArrayLength());
    }

    [Fact]
    public async Task A_goal_posted_with_the_token_is_created_and_the_browser_is_sent_back_to_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/goals/new",
        [
            ("Input.Title", "Cut logo churn below 6%"), ("Input.Metric", "logo_churn"), ("Input.Unit", "percent"),
            ("Input.Direction", "Decrease"), ("Input.Baseline", "8.5"), ("Input.Target", "6"), ("Input.Due", "2030-06-30"),
            ("Input.Dri", "grace"), ("Input.Weight", "2"), ("Input.Key", ""),
        ])).ExpectRedirect();

        var goal = (await _client.GetOkAsync(demo.Url)).GetProperty("goals").EnumerateArray().Single(g => g.Text("title") == "Cut logo churn below 6%");
        Assert.Equal($"/plans/{demo.Id}#goal-{goal.Id()}", location);
        Assert.Equal(("decrease", "grace", "2030-06-30", 6m), (goal.Text("direction"), goal.Text("dri"), goal.Text("due"), goal.GetProperty("target").GetDecimal()));
        var page = await _client.GetPageAsync(location);
        Assert.Contains("Goal added.", page);
        Assert.Contains("8.5 percent → 6 percent", PageForms.Element(page, $"goal-{goal.Id()}", "tr"));
    }

    [Fact]
    public async Task A_goal_without_a_title_is_shown_again_with_the_message_beside_the_title()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await (await _client.SubmitAsync($"/plans/{demo.Id}/goals/new", [("Input.Title", ""), ("Input.Metric", "nps")])).ExpectFormAgainAsync();

        Assert.Contains("required", PageForms.MessageBeside(html, "Input.Title"));
        Assert.Contains("value=\"nps\"", html);
        Assert.Contains("class=\"form-errors validation-summary-errors\"", html);
    }

    [Fact]
    public async Task An_unknown_person_is_shown_beside_the_field_that_named_them()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await (await _client.SubmitAsync($"/plans/{demo.Id}/goals/new", [("Input.Title", "Some goal"), ("Input.Dri", "ghost")])).ExpectFormAgainAsync();

        Assert.Equal("There is nobody with the handle 'ghost' in this organisation.", PageForms.MessageBeside(html, "Input.Dri"));
    }

    [Fact]
    public async Task The_edit_form_shows_the_goal_as_saved_and_saving_it_changes_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var form = $"/plans/{demo.Id}/goals/{demo.Goal("g2")}/edit";

        var html = await _client.GetPageAsync(form);
        Assert.Contains("value=\"Win 140 new clinic customers\"", html);
        Assert.Contains("<option selected=\"selected\" value=\"omar\">", html);

        var location = (await _client.SubmitAsync(form, [("Input.Title", "Win 150 new clinic customers"), ("Input.Key", "g2"), ("Input.Target", "150"), ("Input.Dri", "omar")])).ExpectRedirect();

        Assert.Equal($"/plans/{demo.Id}#goal-{demo.Goal("g2")}", location);
        var goal = await _client.GetOkAsync($"{demo.Url}/goals/{demo.Goal("g2")}");
        Assert.Equal(("Win 150 new clinic customers", 150m), (goal.Text("title"), goal.GetProperty("target").GetDecimal()));
    }

    [Fact]
    public async Task Deleting_a_goal_from_its_edit_page_removes_it_and_its_strategy_links()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/goals/{demo.Goal("g3")}/edit", [], handler: "Delete")).ExpectRedirect();

        Assert.Equal($"/plans/{demo.Id}#goals", location);
        var plan = await _client.GetOkAsync(demo.Url);
        Assert.DoesNotContain(plan.GetProperty("goals").EnumerateArray(), g => g.Text("key") == "g3");
        Assert.Empty(plan.GetProperty("strategies").EnumerateArray().Single(s => s.Text("key") == "s3").GetProperty("goals").Strings());
    }
}
