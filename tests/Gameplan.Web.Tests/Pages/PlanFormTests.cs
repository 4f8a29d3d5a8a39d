using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class PlanFormTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PlanFormTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_plan_starts_with_a_full_quarter_and_today_as_drafted()
    {
        var html = await _client.GetPageAsync("/plans/new");

        var start = DateOnly.Parse(Value(html, "Input_Period_Start"), CultureInfo.InvariantCulture);
        var end = DateOnly.Parse(Value(html, "Input_Period_End"), CultureInfo.InvariantCulture);
        Assert.Equal(1, start.Day);
        Assert.Equal(start.AddMonths(3).AddDays(-1), end);
        // The templates above the blank form take the focus (LayoutTests).
        Assert.DoesNotContain("autofocus", Regex.Match(html, "<input[^>]*id=\"Input_Name\"[^>]*>").Value);
    }

    [Fact]
    public async Task A_plan_created_through_the_form_opens_on_its_page_with_its_answers()
    {
        var location = (await _client.SubmitAsync("/plans/new",
        [
            ("Input.Name", "Enterprise FY plan"), ("Input.Scope", "Team"), ("Input.Team", "Enterprise"), ("Input.Owner", "grace"),
            ("Input.Period.Start", "2030-01-01"), ("Input.Period.End", "2030-12-31"), ("Input.Drafted", "2029-09-15"),
            ("Input.Customer.Who", "Hospital groups with 10+ sites"), ("Input.Customer.Values", ""), ("Input.Mission", "Win hospital groups"),
            ("Input.DesiredResults", ""), ("Input.Background.Current", ""), ("Input.Background.Desired", ""),
        ])).ExpectRedirect();

        var html = await _client.GetPageAsync(location);
        Assert.Matches("^/plans/\\d+$", location);
        Assert.Contains("Plan created.", html);
        Assert.Contains("Team: Enterprise", html);
        Assert.Contains("Owner: Grace Kim", html);
        Assert.Contains("Hospital groups with 10+ sites", PageForms.Element(html, "questions", "dl"));
        // What the customer values, the plan (no strategies yet) and the desired results.
        Assert.Equal(3, Regex.Matches(PageForms.Element(html, "questions", "dl"), ">Unanswered<").Count);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_shown_beside_the_period_end()
    {
        var html = await (await _client.SubmitAsync("/plans/new",
        [
            ("Input.Name", "Backwards plan"), ("Input.Scope", "Organization"), ("Input.Period.Start", "2030-06-01"), ("Input.Period.End", "2030-01-31"),
        ])).ExpectFormAgainAsync();

        Assert.Contains("is before the start", PageForms.MessageBeside(html, "Input.Period.End"));
    }

    [Fact]
    public async Task A_team_plan_without_its_team_is_refused_beside_the_team()
    {
        var html = await (await _client.SubmitAsync("/plans/new",
        [
            ("Input.Name", "Teamless"), ("Input.Scope", "Team"), ("Input.Team", ""), ("Input.Period.Start", "2030-01-01"), ("Input.Period.End", "2030-03-31"),
        ])).ExpectFormAgainAsync();

        Assert.Equal("A team plan needs its team.", PageForms.MessageBeside(html, "Input.Team"));
    }

    [Fact]
    public async Task Deleting_a_plan_asks_first_and_then_removes_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var confirm = await _client.GetPageAsync($"/plans/{demo.Id}/delete");
        Assert.Contains("3 goals, 4 strategies, 11 tactics", confirm);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(demo.Url)).StatusCode);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}/delete", [])).ExpectRedirect();

        Assert.Equal("/plans", location);
        Assert.Contains("Plan deleted.", await _client.GetPageAsync(location));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(demo.Url)).StatusCode);
    }

    private static string Value(string html, string id) =>
        Regex.Match(html, $"<input[^>]*id=\"{id}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
}
