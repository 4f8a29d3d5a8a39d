using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Search;

public sealed class SearchPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    /// <summary>An Enterprise team plan (grace's team): lena, a Mid-Market rep, may not open it.</summary>
    private static async Task<int> EnterprisePlanAsync(GameplanWebFactory factory, string name) =>
        (await factory.CreateClientAs("alex").CreateAsync("/api/v1/plans", new
        {
            name,
            scope = "team",
            team = "Enterprise",
            owner = "grace",
            period = new { start = "2030-01-01", end = "2030-06-30" },
        })).Id();

    [Fact]
    public async Task Results_are_grouped_linked_to_their_place_and_marked()
    {
        var html = await _factory.BrowserClient().GetPageAsync("/search?q=HOUR+multi-site");

        var tactics = PageForms.Element(html, "search-tactics", "section");
        Assert.Matches(new Regex("<a href=\"/plans/\\d+#tactic-\\d+\"><span class=\"key\">t1</span> Prospect <mark>multi-site</mark> clinics for one <mark>hour</mark> every working day.</a>"), tactics);
        Assert.Contains("Tactics <small>(", tactics);
        Assert.DoesNotContain("id=\"search-goals\"", html);
        var people = await _factory.BrowserClient().GetPageAsync("/search?q=lena");
        Assert.Matches(new Regex("<a href=\"/people#person-\\d+\"><mark>Lena</mark> Fischer</a>"), PageForms.Element(people, "search-people", "section"));
    }

    [Fact]
    public async Task A_found_name_is_encoded_and_only_the_marks_are_markup()
    {
        var id = await EnterprisePlanAsync(_factory, "Enterprise <script>alert(1)</script> secret plan");

        var raw = await _factory.BrowserClient().GetStringAsync("/search?q=secret+script");

        Assert.Contains($"<a href=\"/plans/{id}\">Enterprise &lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt; <mark>secret</mark> plan</a>", raw);
        Assert.DoesNotContain("<script>alert", raw);
    }

    [Fact]
    public async Task A_rep_does_not_find_a_plan_she_may_not_open()
    {
        using var lena = new GameplanWebFactory(signedInAs: "lena");
        await EnterprisePlanAsync(lena, "Enterprise secret push");
        var alex = await lena.CreateClientAs("alex").GetOkAsync("/api/v1/search?q=secret+push");

        var html = await lena.BrowserClient().GetPageAsync("/search?q=secret+push");
        var json = await lena.CreateClientAs("lena").GetOkAsync("/api/v1/search?q=secret");

        Assert.Contains("Nothing found for", html);
        Assert.DoesNotContain("id=\"search-plans\"", html);
        Assert.Equal(0, json.GetProperty("plans").GetProperty("total").GetInt32());
        Assert.Equal(1, alex.GetProperty("plans").GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_query_too_long_is_named_beside_the_box_not_failed()
    {
        var html = await _factory.BrowserClient().GetPageAsync("/search?q=" + new string('x', 201));
        var api = await _factory.CreateClient().GetAsync("/api/v1/search?q=" + new string('x', 201));

        Assert.Matches(new Regex("<small id=\"search-error\" class=\"field-error\" role=\"alert\">q: a search is at most 200 characters long"), html);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("\"q\"", await api.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_empty_query_shows_the_hint_and_focuses_the_box()
    {
        var html = await _factory.BrowserClient().GetPageAsync("/search");

        Assert.Contains("Every word must appear", html);
        Assert.Matches(new Regex("<input id=\"search-q\" name=\"q\" type=\"search\" autofocus=\"autofocus\""), html);
        Assert.DoesNotContain("class=\"search-group\"", html);
    }

    [Fact]
    public async Task The_api_answers_in_snake_case_with_a_total_per_group()
    {
        var json = await _factory.CreateClient().GetOkAsync("/api/v1/search?q=multi-site");

        var tactics = json.GetProperty("tactics").GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(tactics);
        Assert.All(tactics, t => Assert.Contains("multi-site", t.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase));
        Assert.All(tactics, t => Assert.True(t.GetProperty("plan_id").GetInt32() > 0));
        Assert.Equal(tactics.Count, json.GetProperty("tactics").GetProperty("total").GetInt32());
        Assert.Equal(["multi-site"], json.GetProperty("words").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public async Task Hostile_queries_never_fail_the_page_or_the_api()
    {
        var page = _factory.BrowserClient();
        var api = _factory.CreateClient();
        foreach (var value in Gameplan.Web.Tests.Fuzzing.HostileValues.Query.Concat(["%25", "_", "%5C", "%27%20OR%201%3D1%20--", "%3Cmark%3E", "a%20b%20c%20d%20e%20f%20g%20h%20i"]))
        {
            var html = await page.GetAsync($"/search?q={value}");
            var json = await api.GetAsync($"/api/v1/search?q={value}");

            Assert.True(html.StatusCode == HttpStatusCode.OK, $"/search?q={value} answered {(int)html.StatusCode}");
            Assert.True(json.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"/api/v1/search?q={value} answered {(int)json.StatusCode}");
        }
    }
}
