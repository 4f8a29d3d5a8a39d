using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

public sealed partial class LayoutTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public LayoutTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string> Pages() =>
    [
        "/plans", "/plans/{plan}", "/plans/new", "/plans/{plan}/edit", "/plans/{plan}/delete", "/plans/{plan}/goals/new",
        "/plans/{plan}/strategies/new", "/plans/{plan}/reviews/new", "/people", "/people/new", "/teams", "/teams/new", "/alignment", "/cycles",
        "/templates", "/templates/new", "/templates/rep-territory", "/plans/{plan}/template", "/home/setup",
    ];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_has_the_navigation_and_no_inline_script_or_event_handler(string page)
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync(page.Replace("{plan}", demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        foreach (var link in new[] { "/plans", "/people", "/teams", "/api/docs" })
        {
            Assert.Contains($"<a href=\"{link}\"", html);
        }
        // One "Menu" holds the links and the search box (ADR 0059); the search page itself is another feature's.
        Assert.Contains("<details class=\"site-menu\" id=\"site-menu\">", html);
        Assert.Matches("<form role=\"search\" action=\"/search\" method=\"get\"[^>]*>\\s*<input type=\"search\" name=\"q\" aria-label=\"Search\"", html);
        Assert.Matches("<span id=\"request-verification-token\" hidden data-token=\"[^\"]+\">", html);
        Assert.Empty(InlineScripts().Matches(html));
        Assert.Empty(EventHandlers().Matches(html));
        Assert.DoesNotContain(" style=\"", html);
    }

    [Fact]
    public async Task Forms_put_the_cursor_in_their_first_field_and_offer_a_way_back()
    {
        var demo = await DemoPlan.LoadAsync(_client);

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/strategies/{demo.Strategy("s1")}/tactics/new");

        Assert.Single(Regex.Matches(html, "autofocus"));
        Assert.Matches("<input autofocus[^>]*name=\"Input.Action\"", html);
        Assert.Contains($"<a href=\"/plans/{demo.Id}#strategies\" class=\"secondary\">Cancel</a>", html);
        Assert.Contains("<label for=\"Input_Due\">", html);
    }

    [Fact]
    public async Task New_plan_opens_on_the_templates_that_come_first_not_on_the_blank_form_below_them()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var html = await _client.GetPageAsync("/plans/new");
        var edit = await _client.GetPageAsync($"/plans/{demo.Id}/edit");

        Assert.Single(Regex.Matches(html, "\\sautofocus"));
        Assert.Matches("<input(?=[^>]*id=\"Input_Name\")[^>]*\\sautofocus", edit);
        Assert.Matches("<input type=\"radio\" id=\"template-[a-z-]+\" name=\"Template.Name\" value=\"[a-z-]+\" checked=\"checked\" autofocus=\"autofocus\"", html);
        Assert.DoesNotMatch("<input[^>]*name=\"Input.Name\"[^>]*autofocus", html);
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScripts();

    [GeneratedRegex("\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandlers();
}
