using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class PlanPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PlanPageTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_home_page_sends_each_role_to_its_own_home()
    {
        Assert.Equal("/home/setup", (await _client.GetAsync("/")).ExpectRedirect());
        foreach (var (handle, home) in new[] { ("rosa", "/home/organization"), ("omar", "/home/team"), ("lena", "/inbox") })
        {
            using var client = _factory.CreateClientAs(handle);
            Assert.Equal(home, (await client.GetOkAsync("/api/v1/me/home")).GetProperty("path").GetString());
        }
    }

    [Fact]
    public async Task The_plans_list_shows_the_demo_plan_with_its_owner_status_and_counts()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync("/plans");

        var row = Regex.Match(html, $"<tr>\\s*<td class=\"lead\"><a href=\"/plans/{demo.Id}\">.*?</tr>", RegexOptions.Singleline).Value;
        var cells = PageForms.Cells(row);
        Assert.Equal([demo.Details.Text("name"), "Organization", "Rosa Delgado", "Active", "3", "4", "11"], cells.Where((_, i) => i != 3));
    }

    [Fact]
    public async Task Each_goal_shows_its_progress_bar_and_its_pace_against_the_time_gone_by_from_the_pace_report()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var pace = await _client.GetOkAsync($"{demo.Url}/pace");

        var html = await _client.GetPageAsync($"/plans/{demo.Id}");

        var start = DateOnly.Parse(demo.Details.GetProperty("period").Text("start"), System.Globalization.CultureInfo.InvariantCulture);
        var today = DateOnly.Parse(pace.Text("today"), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var goal in demo.Details.GetProperty("goals").EnumerateArray())
        {
            var row = PageForms.Element(html, $"goal-{goal.Id()}", "tr");
            var line = pace.GetProperty("goals").EnumerateArray().Single(g => g.Text("id") == goal.Text("key"));
            Assert.Contains("<progress max=\"1\"", row, StringComparison.Ordinal);
            if (line.GetProperty("progress").ValueKind != System.Text.Json.JsonValueKind.Number)
            {
                Assert.Contains("Not measured", row, StringComparison.Ordinal);
                continue;
            }
            var progress = line.GetProperty("progress").GetDecimal();
            Assert.Contains($"<strong>{decimal.Round(progress * 100m, 0, MidpointRounding.AwayFromZero):0}%</strong>", row, StringComparison.Ordinal);
            // The status follows progress against the share of the span gone by (on track from 100% of it, at risk from 80%).
            var due = DateOnly.Parse(goal.Text("due"), System.Globalization.CultureInfo.InvariantCulture);
            var expected = Math.Clamp((decimal)(today.DayNumber - start.DayNumber) / (due.DayNumber - start.DayNumber), 0m, 1m);
            var ratio = progress / expected;
            var status = progress >= 1m || ratio >= 1m ? "On track" : ratio >= 0.8m ? "At risk" : "Off track";
            Assert.Contains($">{status}</span>", row, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_strategy_and_tactic_of_the_plan_is_on_its_page_with_each_tactic_in_its_own_strategy_branch()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}");

        var strategies = demo.Details.GetProperty("strategies").EnumerateArray().ToList();
        Assert.Equal(4, strategies.Count);
        foreach (var strategy in strategies)
        {
            var branch = PageForms.Element(html, $"strategy-{strategy.Id()}", "article");
            Assert.Contains(strategy.Text("statement"), branch);
            foreach (var tactic in strategy.GetProperty("tactics").EnumerateArray())
            {
                Assert.Contains($"id=\"tactic-{tactic.Id()}\"", branch);
                Assert.Contains(tactic.Text("action"), branch);
            }
        }
    }

    [Fact]
    public async Task Goals_and_commitments_read_with_people_by_name()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}");

        var arr = PageForms.Element(html, $"goal-{demo.Goal("g1")}", "tr");
        Assert.Contains("9,500,000 USD → 13,000,000 USD", arr);
        Assert.Contains("Rosa Delgado", arr);
        Assert.Contains("60 prospecting minutes per day, for Lena, Mateo, Nia; acknowledged by Lena, Mateo", html);
        Assert.Contains("2 linkedin posts per week, for the owner (Nia Brooks)", html);
        Assert.Contains("15 career fairs over the tactic's timeline", html);
        Assert.Contains("<td data-label=\"Metric\">ARR</td>", arr);
    }

    [Fact]
    public async Task A_plan_without_answers_marks_each_of_the_five_questions_unanswered()
    {
        var url = await DemoPlan.CreateOtherPlanAsync(_client, "Blank plan");

        var html = await _client.GetPageAsync(url.Replace("/api/v1", "", StringComparison.Ordinal));

        var questions = PageForms.Element(html, "questions", "dl");
        Assert.Equal(5, Regex.Matches(questions, "<span class=\"unanswered\">Unanswered</span>").Count);
        Assert.Contains("No goals yet", html);
        Assert.Contains("No strategies yet", html);
    }

    [Fact]
    public async Task The_demo_plan_answers_all_five_questions()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var questions = PageForms.Element(await _client.GetPageAsync($"/plans/{demo.Id}"), "questions", "dl");

        Assert.DoesNotContain("Unanswered", questions);
        Assert.Contains(demo.Details.GetProperty("customer").Text("who"), questions);
    }

    [Fact]
    public async Task Only_the_life_cycle_steps_valid_for_the_status_are_offered()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var draft = (await DemoPlan.CreateOtherPlanAsync(_client)).Replace("/api/v1", "", StringComparison.Ordinal);

        var active = await _client.GetPageAsync($"/plans/{demo.Id}");
        var drafted = await _client.GetPageAsync(draft);

        Assert.Equal(["Close"], Steps(active));
        Assert.Equal(["Submit"], Steps(drafted));
    }

    [Fact]
    public async Task A_life_cycle_step_posted_from_the_page_moves_the_plan_and_says_so()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}", [("to", "Close")], handler: "Transition")).ExpectRedirect();
        var html = await _client.GetPageAsync(location);

        Assert.Equal($"/plans/{demo.Id}", location);
        Assert.Contains("The plan is now closed.", html);
        Assert.Equal(["Reopen"], Steps(html));
        Assert.Contains("This plan is closed: reopen it before changing it.", html);
        Assert.Equal("closed", (await _client.GetOkAsync(demo.Url)).Text("status"));
    }

    [Fact]
    public async Task A_step_the_status_does_not_allow_is_refused_with_the_rule_shown()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var location = (await _client.SubmitAsync($"/plans/{demo.Id}", [("to", "Approve")], handler: "Transition")).ExpectRedirect();
        var html = await _client.GetPageAsync(location);

        Assert.Matches("<p class=\"flash flash-error\" role=\"alert\">[^<]*can be approved", html);
        Assert.Equal("active", (await _client.GetOkAsync(demo.Url)).Text("status"));
    }

    [Fact]
    public async Task An_unknown_plan_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/plans/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/plans/987654/goals/new")).StatusCode);
    }

    private static string[] Steps(string html) =>
        Regex.Matches(html, "<button type=\"submit\" name=\"to\" value=\"(\\w+)\"").Select(m => m.Groups[1].Value).ToArray();
}
