using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed class PlanListPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PlanListPageTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    private static int Rows(string html) => Regex.Matches(html, "<td class=\"lead\">").Count;

    [Fact]
    public async Task Filters_in_the_address_narrow_the_list_and_say_how_many_of_all()
    {
        var all = await _client.GetPageAsync("/plans");
        var total = Rows(all);
        var enterprise = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().Single(t => t.Text("name") == "Enterprise").Id();

        var html = await _client.GetPageAsync($"/plans?scope=Team&team={enterprise}");

        Assert.Contains($"{total} plans", all);
        Assert.InRange(Rows(html), 1, total - 1);
        Assert.Contains($"{Rows(html)} of {total} plans", html);
        Assert.Contains("<option value=\"Team\" selected=\"selected\">Team</option>", html);
        Assert.Contains("<a href=\"/plans\">Clear filters</a>", html);
        Assert.DoesNotContain("Mid-Market", PageForms.Part(html, "<tbody>", "</tbody>"));
    }

    [Fact]
    public async Task Status_and_period_filters_combine()
    {
        var drafts = await _client.GetPageAsync("/plans?status=Draft");
        var past = await _client.GetPageAsync("/plans?period=past");
        var none = await _client.GetPageAsync("/plans?status=Closed&period=1999");

        Assert.All(Regex.Matches(PageForms.Part(drafts, "<tbody>", "</tbody>"), "class=\"badge status-(\\w+)\"").Select(m => m.Groups[1].Value), s => Assert.Equal("draft", s));
        Assert.True(Rows(drafts) > 0);
        Assert.Contains(" of ", PageForms.Part(past, "class=\"plan-count\"", "</p>"));
        Assert.Contains("No plan matches these filters.", none);
    }

    [Fact]
    public async Task A_filter_value_that_is_no_choice_is_named_beside_the_form_not_failed()
    {
        var period = await _client.GetPageAsync("/plans?period=someday");
        var status = await _client.GetPageAsync("/plans?status=Lost&owner=abc");

        Assert.Contains("Period: 'someday' is not current, upcoming, past or a year.", period);
        Assert.Matches("<small class=\"field-error\" role=\"alert\">[^<]*Lost", status);
        Assert.True(Rows(period) > 0);
    }

    [Fact]
    public async Task A_rep_is_offered_only_the_teams_of_plans_she_may_read()
    {
        using var lena = new GameplanWebFactory(signedInAs: "lena");

        var html = await lena.BrowserClient().GetPageAsync("/plans");

        var teams = PageForms.Part(html, "id=\"filter-team\"", "</select>");
        Assert.Contains("Mid-Market", teams);
        Assert.DoesNotContain("Enterprise", teams);
    }

    [Fact]
    public async Task Hostile_filter_values_never_fail_the_page()
    {
        foreach (var parameter in new[] { "period", "status", "scope", "team", "owner" })
        {
            foreach (var value in Gameplan.Web.Tests.Fuzzing.HostileValues.Query)
            {
                var response = await _client.GetAsync($"/plans?{parameter}={value}");

                Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"/plans?{parameter}={value} answered {(int)response.StatusCode}");
            }
        }
    }
}
