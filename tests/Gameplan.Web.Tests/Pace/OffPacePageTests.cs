using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pace;

/// <summary>/pace filtered, sorted and paged by its query string, the CSV with the same filter, and the organisation's thresholds.</summary>
public sealed partial class OffPacePageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public OffPacePageTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_list_filters_by_person_from_the_query_string_and_the_csv_follows_the_same_filter()
    {
        using var omar = _factory.CreateClientAs("omar");

        var all = await omar.GetPageAsync("/pace");
        var nia = await omar.GetPageAsync("/pace?person=nia");
        var csv = (await omar.GetStringAsync("/api/v1/pace/off-pace.csv?person=nia")).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.True(Names().Matches(PageForms.Element(all, "off-pace", "table")).Select(m => m.Groups[1].Value).Distinct().Count() > 1, "the demo has several people off pace");
        var rows = Names().Matches(PageForms.Element(nia, "off-pace", "table")).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, name => Assert.Equal("Nia Brooks", name));
        // The filter form is labelled, keeps the choice, and offers only Omar's people.
        Assert.Matches("<label>Person\\s*<select name=\"person\">", nia);
        Assert.Matches("<option value=\"nia\" selected=\"selected\">Nia Brooks</option>", nia);
        Assert.DoesNotContain("Sofia Rossi", nia);
        Assert.Contains("href=\"/api/v1/pace/off-pace.csv?person=nia\"", nia);
        Assert.True(csv.Length > 1);
        Assert.All(csv.Skip(1), line => Assert.Contains(",nia,", line));
    }

    [Fact]
    public async Task The_list_sorts_by_person_and_says_which_lines_of_how_many_it_shows()
    {
        using var rosa = _factory.CreateClientAs("rosa");

        var html = await rosa.GetPageAsync("/pace?sort=person");
        var reversed = await rosa.GetPageAsync("/pace?sort=person&dir=desc");

        var names = Names().Matches(PageForms.Element(html, "off-pace", "table")).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(names.Order(StringComparer.CurrentCultureIgnoreCase), names);
        var back = Names().Matches(PageForms.Element(reversed, "off-pace", "table")).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(back.OrderDescending(StringComparer.CurrentCultureIgnoreCase), back);
        Assert.Matches("aria-sort=\"ascending\"><a href=\"/pace\\?sort=person&(amp;)?dir=desc\">Person</a>", html);
        Assert.Matches("1–\\d+ of \\d+ lines", html);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await rosa.GetAsync("/pace?sort=nonsense&page=-4&plan=x")).StatusCode);
    }

    [Fact]
    public async Task The_admin_s_thresholds_decide_the_statuses_on_the_list()
    {
        using var rosa = _factory.CreateClientAs("rosa");
        var before = await rosa.GetPageAsync("/pace");
        Assert.Contains("at risk</span>", PageForms.Element(before, "off-pace", "table"));

        (await _client.SubmitAsync("/organization/settings", [("Input.OnTrackPercent", "200"), ("Input.AtRiskPercent", "199")])).ExpectRedirect();
        var after = await rosa.GetPageAsync("/pace");

        // From 199% at risk, nobody in the demo is: whoever is behind is off track.
        Assert.DoesNotContain("at risk</span>", PageForms.Element(after, "off-pace", "table"));
        Assert.Contains("off track</span>", PageForms.Element(after, "off-pace", "table"));
    }

    [GeneratedRegex("<th scope=\"row\">([^<]+)</th>")]
    private static partial Regex Names();
}
