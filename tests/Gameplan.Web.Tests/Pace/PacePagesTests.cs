using System.Globalization;
using System.Net;
using System.Text.Json;
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
        // The chart library's URL is fingerprinted like the layout's own files (cached a year).
        Assert.Matches("data-chart-src=\"/lib/chartjs/chart\\.umd\\.[a-z0-9]+\\.js\"", canvas.Value);
        Assert.Contains("role=\"img\"", canvas.Value);
        // Today's point of the chart is the sum of the table's people: expected = targets to date, actual = what they logged.
        var lines = report.GetProperty("commitments").EnumerateArray().Where(l => l.Text("tactic") == "t1" && l.Text("metric") == "prospecting_minutes").ToList();
        // Attribute values hold JSON with quotes, so they are read from the page as sent (encoded), then decoded.
        var raw = Canvas().Match(PageForms.Element(await _client.GetStringAsync($"/plans/{demo.Id}/pace?today={today:yyyy-MM-dd}"), "pace-t1-prospecting_minutes", "article")).Value;
        var labels = JsonSerializer.Deserialize<string[]>(Attribute(raw, "labels"))!;
        var at = Array.IndexOf(labels, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(at >= 0, raw);
        Assert.Equal(lines.Sum(l => l.GetProperty("target_to_date").GetDecimal()), JsonSerializer.Deserialize<decimal[]>(Attribute(raw, "expected"))![at]);
        Assert.Equal(lines.Sum(l => l.GetProperty("actual_to_date").GetDecimal()), JsonSerializer.Deserialize<decimal?[]>(Attribute(raw, "actual"))![at]);
        var lena = Row("Lena Fischer").Match(prospecting).Value;
        var line = lines.Single(l => l.Text("person") == "lena");
        Assert.Equal([$"{Number(line, "target_to_date")} minutes", $"{Number(line, "actual_to_date")} minutes"], PageForms.Cells(lena).Take(2));
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
        // Each cell is coloured and titled from the same numbers the API gives for that person and day.
        var pace = await _client.GetOkAsync($"/api/v1/teams/{team}/pace?today={start.AddDays(13):yyyy-MM-dd}&days=5");
        foreach (var person in pace.GetProperty("people").EnumerateArray())
        {
            foreach (var day in person.GetProperty("days").EnumerateArray())
            {
                var date = DateOnly.Parse(day.Text("date"), CultureInfo.InvariantCulture);
                var attainment = day.GetProperty("attainment").ValueKind == JsonValueKind.Null ? (decimal?)null : day.GetProperty("attainment").GetDecimal();
                var title = $"{person.Text("name")}, {date.ToString("ddd d MMM", CultureInfo.InvariantCulture)}: "
                    + (attainment is { } a ? $"{(a * 100m).ToString("#,0", CultureInfo.InvariantCulture)}% (" : "nothing due");
                Assert.Contains($"class=\"heat-cell {Heat(attainment)}\" title=\"{title}", grid);
            }
        }
        Assert.Contains("class=\"heat-cell heat-none\" title=\"Omar Haddad, ", grid);
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
        Assert.Contains("t1 · Prospecting minutes", list);
        Assert.Contains("low attainment", list);
        Assert.Contains("the organisation:", everyone);
        Assert.Contains("Sofia Rossi", PageForms.Element(everyone, "off-pace", "table"));
    }

    private static string Heat(decimal? attainment) => attainment switch
    {
        null => "heat-none",
        <= 0m => "heat-0",
        < 0.5m => "heat-1",
        < 0.8m => "heat-2",
        < 1m => "heat-3",
        _ => "heat-4",
    };

    private static string Attribute(string tag, string name) => WebUtility.HtmlDecode(Regex.Match(tag, $"data-{name}=\"([^\"]*)\"").Groups[1].Value);

    private static string Number(JsonElement line, string property) =>
        line.GetProperty(property).GetDecimal().ToString("#,0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex("<canvas class=\"burnup\"[^>]*>")]
    private static partial Regex Canvas();

    private static Regex Row(string name) => new($"<tr>\\s*<th scope=\"row\">{Regex.Escape(name)}</th>.*?</tr>", RegexOptions.Singleline);
}
