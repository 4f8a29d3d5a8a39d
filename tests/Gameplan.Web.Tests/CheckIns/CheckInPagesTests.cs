using System.Net;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.CheckIns;

public sealed class CheckInPagesTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private async Task<int> TeamAsync(string name)
    {
        using var admin = _factory.CreateClient();
        return (await admin.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == name).Id();
    }

    [Fact]
    public async Task A_reps_check_in_page_shows_the_form_with_the_previous_check_in_beside_it()
    {
        using var lena = _factory.CreateClientAs("lena");

        var html = await lena.GetStringAsync("/check-in");

        Assert.Contains("name=\"Input.Lines[0].Actual\"", html, StringComparison.Ordinal);
        Assert.Contains("Previous: week to", html, StringComparison.Ordinal);
        Assert.Contains("value=\"OffTrack\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_managers_report_shows_the_lapsed_rep_and_a_rep_gets_neither_the_report_nor_the_list()
    {
        var enterprise = await TeamAsync("Enterprise");
        var midMarket = await TeamAsync("Mid-Market");
        using var grace = _factory.CreateClientAs("grace");
        using var omar = _factory.CreateClientAs("omar");
        using var lena = _factory.CreateClientAs("lena");

        var report = await grace.GetStringAsync($"/teams/{enterprise}/check-ins");
        var jonas = report[report.IndexOf("id=\"check-ins-jonas\"", StringComparison.Ordinal)..];
        Assert.Contains("(lapsed: GP503)", jonas[..jonas.IndexOf("</tr>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("id=\"missing-jonas\"", report, StringComparison.Ordinal);
        Assert.Contains("id=\"missing-lena\"", await omar.GetStringAsync($"/teams/{midMarket}/pace"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await lena.GetAsync($"/teams/{midMarket}/check-ins")).StatusCode);
        Assert.DoesNotContain("missing-check-ins", await lena.GetStringAsync($"/teams/{midMarket}/pace"), StringComparison.Ordinal);
    }
}
