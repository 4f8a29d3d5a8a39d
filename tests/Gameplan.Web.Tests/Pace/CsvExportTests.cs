using System.Net;
using System.Net.Http.Json;
using System.Text;
using Gameplan.Core.Data;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Pace;

public sealed class CsvExportTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<string[]> CsvAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        return Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public async Task A_plans_pace_downloads_with_a_row_per_commitment_and_person_as_the_pace_report_says()
    {
        using var rosa = _factory.CreateClientAs("rosa");
        var demo = await DemoPlan.LoadAsync(rosa);
        var report = await rosa.GetOkAsync($"{demo.Url}/pace");

        var lines = await CsvAsync(rosa, $"{demo.Url}/pace.csv");

        Assert.Equal("tactic,metric,person,name,per,start,due,target_to_date,actual_to_date,attainment,status,projected_total,target_total", lines[0]);
        Assert.Equal(report.GetProperty("commitments").GetArrayLength(), lines.Length - 1);
        var first = report.GetProperty("commitments")[0];
        Assert.StartsWith($"{first.Text("tactic")},{first.Text("metric")},{first.Text("person")},", lines[1], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(",lena,Lena Fischer,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_off_pace_list_downloads_as_the_manager_sees_it_and_a_name_cannot_run_as_a_formula()
    {
        using (var scope = _factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
            var nia = await db.People.IgnoreQueryFilters().SingleAsync(p => p.Handle == "nia");
            nia.Update("=HYPERLINK(\"http://evil.example\",\"Nia\")", nia.Role, nia.TeamId, nia.CapacityHoursPerWeek);
            await db.SaveChangesAsync();
        }
        using var omar = _factory.CreateClientAs("omar");

        var lines = await CsvAsync(omar, "/api/v1/pace/off-pace.csv");
        var page = await omar.GetPageAsync("/pace");

        Assert.Equal("plan,tactic,action,metric,person,name,team,target_to_date,actual_to_date,shortfall,attainment,status,projected_total,target_total,last_activity,reasons", lines[0]);
        Assert.True(lines.Length > 1, "the demo has people off pace");
        Assert.All(lines.Skip(1), l => Assert.Matches(",(at-risk|off-track),", l));
        Assert.Contains(lines, l => l.Contains(",nia,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Nia\"\")\",", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",\"=HYPERLINK", StringComparison.Ordinal) || l.Contains(",=HYPERLINK", StringComparison.Ordinal));
        // Only his team's people, as on his page.
        Assert.DoesNotContain(lines, l => l.Contains(",sofia,", StringComparison.Ordinal) || l.Contains(",jonas,", StringComparison.Ordinal));
        Assert.Contains("href=\"/api/v1/pace/off-pace.csv\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logged_activity_downloads_by_day_and_a_rep_cannot_read_another_teams()
    {
        using var lena = _factory.CreateClientAs("lena");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var logged = await lena.PostAsJsonAsync("/api/v1/activities", new { date = yesterday, person = "lena", metric = "linkedin_posts", quantity = 3m, external_id = "csv-1" });
        Assert.Equal(HttpStatusCode.OK, logged.StatusCode);

        var mine = await CsvAsync(lena, $"/api/v1/activities.csv?person=lena&metric=linkedin_posts&from={yesterday}&to={yesterday}");
        var others = await lena.GetAsync($"/api/v1/activities.csv?person=sofia&from={yesterday}&to={yesterday}");

        Assert.Equal("date,person,name,metric,quantity,entries", mine[0]);
        Assert.Contains(mine, l => l.StartsWith($"{yesterday},lena,Lena Fischer,linkedin_posts,", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, others.StatusCode);
    }
}
