using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pace;

public sealed partial class PacePagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PacePagesTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_plan_page_links_to_its_pace_page()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}");

        Assert.Contains($"href=\"/plans/{demo.Id}/pace\"", html);
    }

    [Fact]
    public async Task The_plan_pace_page_has_a_burn_up_chart_and_a_table_per_commitment_and_the_goals_with_their_formulas()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var start = PaceActivity.ProspectingStart(demo);
        var today = start.AddDays(13);
        await PaceActivity.LogWorkingDaysAsync(_factory, "lena", "prospecting_minutes", start, today, 60);
        var report = await _client.GetOkAsync($"/api/v1/plans/{demo.Id}/pace?today={today:yyyy-MM-dd}");

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/pace?today={today:yyyy-MM-dd}");

        var prospecting = PageForms.Element(html, "pace-t1-prospecting_minutes", "article");
        var canvas = Canvas().Match(prospecting);
        Assert.True(canvas.Success, prospecting);
        Assert.Contains("data-chart-src=\"/lib/chartjs/chart.umd.js\"", canvas.Value);
        // Three people owe 60 minutes a working day from the first day on.
        Assert.Matches("data-expected=\"\\[180,360,540,", canvas.Value);
        Assert.Contains("role=\"img\"", canvas.Value);
        var lena = Row("Lena Fischer").Match(prospecting).Value;
        var line = report.GetProperty("commitments").EnumerateArray().Single(l => l.Text("tactic") == "t1" && l.Text("person") == "lena");
        var actual = line.GetProperty("actual_to_date").GetDecimal().ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(["600 minutes", $"{actual} minutes"], PageForms.Cells(lena).Take(2));
        Assert.Contains("On track", lena);
        Assert.Contains(report.GetProperty("plan_progress").Text("formula"), html);
        foreach (var goal in report.GetProperty("goals").EnumerateArray())
        {
            Assert.Contains(goal.Text("formula"), html);
        }
    }

    [Fact]
    public async Task The_team_heatmap_colours_each_member_s_days_and_says_the_same_in_a_table()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var start = PaceActivity.ProspectingStart(demo);
        var team = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id();
        await PaceActivity.LogWorkingDaysAsync(_factory, "lena", "prospecting_minutes", start, start.AddDays(13), 60);

        var html = await _client.GetPageAsync($"/teams/{team}/pace?today={start.AddDays(13):yyyy-MM-dd}&days=5");

        var grid = html[html.IndexOf("id=\"heatmap\"", StringComparison.Ordinal)..html.IndexOf("<details class=\"heat-table\"", StringComparison.Ordinal)];
        Assert.Equal(4 * 5, Regex.Count(grid, "class=\"heat-cell heat-"));
        Assert.Contains("title=\"Lena Fischer, Mon ", grid);
        // Lena's Monday: her 60 prospecting minutes of 60, none of her training hours or demos: (1 + 0 + 0) / 3.
        Assert.True(Regex.IsMatch(grid, "class=\"heat-cell heat-1\" title=\"Lena Fischer, Mon [^:]+: 33% \\(prospecting_minutes 60 of 60; training_hours 0 of 0.4; demos_booked 0 of [\\d.]+\\)\""), grid);
        Assert.Contains("class=\"heat-cell heat-none\" title=\"Omar Haddad, Mon ", grid);
        var table = PageForms.Element(html, "heat-table", "table");
        Assert.Contains("<th scope=\"row\">Lena Fischer</th>", table);
        Assert.Contains("<th scope=\"row\">Omar Haddad</th>", table);
    }

    [Fact]
    public async Task A_manager_of_another_team_may_not_see_the_heatmap()
    {
        var team = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id();
        using var grace = _factory.CreateClientAs("grace");

        var response = await grace.GetAsync($"/teams/{team}/pace");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_managers_list_names_who_is_behind_and_why_for_the_manager_s_team_and_the_organisation_for_executives()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var start = PaceActivity.ProspectingStart(demo);
        await PaceActivity.LogWorkingDaysAsync(_factory, "lena", "prospecting_minutes", start, start.AddDays(13), 60);
        using var omar = _factory.CreateClientAs("omar");
        using var rosa = _factory.CreateClientAs("rosa");
        var day = $"today={start.AddDays(13):yyyy-MM-dd}";

        var team = await omar.GetPageAsync($"/pace?{day}");
        var everyone = await rosa.GetPageAsync($"/pace?{day}");

        Assert.Contains("Mid-Market: 4 people", team);
        var list = PageForms.Element(team, "off-pace", "table");
        Assert.Contains("<th scope=\"row\">Mateo Alvarez</th>", list);
        Assert.Contains("<th scope=\"row\">Nia Brooks</th>", list);
        Assert.All(Row("Lena Fischer").Matches(list), row => Assert.DoesNotContain("prospecting_minutes", row.Value));
        Assert.DoesNotContain("Sofia Rossi", list);
        Assert.Contains("t1 · prospecting_minutes", list);
        Assert.Contains("low attainment", list);
        Assert.Contains("the organisation:", everyone);
        Assert.Contains("Sofia Rossi", PageForms.Element(everyone, "off-pace", "table"));
    }

    [GeneratedRegex("<canvas class=\"burnup\"[^>]*>")]
    private static partial Regex Canvas();

    private static Regex Row(string name) => new($"<tr>\\s*<th scope=\"row\">{Regex.Escape(name)}</th>.*?</tr>", RegexOptions.Singleline);
}
