using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Account;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

/// <summary>
/// A control shows only when the person may use it: the same policy that guards the target page decides
/// (gp-if-allowed), so a rep sees no edit control on the organisation plan and an admin sees them all.
/// </summary>
public sealed partial class ControlVisibilityTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_rep_sees_no_control_that_changes_the_organisation_plan_but_keeps_pace_versions_and_the_plan_file()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());

        var html = await _factory.CreateClientAs("lena").GetPageAsync($"/plans/{demo.Id}");

        // Reading the plan, she discusses it, reads its versions and its reviews' workspaces: the other places she goes from here
        // (not a colleague's one-on-one: Nia's shows its date, no link).
        Assert.DoesNotContain(Links(html), href => href.StartsWith($"/plans/{demo.Id}/", StringComparison.Ordinal) && !href.EndsWith("/pace", StringComparison.Ordinal)
            && !href.EndsWith("/funnel", StringComparison.Ordinal) && !href.Contains("/funnel#funnel-", StringComparison.Ordinal)
            && !href.EndsWith("/versions", StringComparison.Ordinal) && !href.StartsWith($"/plans/{demo.Id}/comments", StringComparison.Ordinal)
            && !Regex.IsMatch(href, $"^/plans/{demo.Id}/reviews/[0-9]+$"));
        Assert.DoesNotContain($"/plans/{demo.Id}/reviews/{demo.OneOnOneReview()}", Links(html));
        // The only thing she may change here is her own acknowledgement: a "Fix it" stays on this page
        // (GP308: the tactic whose commitment waits for her), and the only htmx post acknowledges.
        Assert.All(FixLinks(html), href => Assert.StartsWith($"/plans/{demo.Id}#tactic-", href));
        Assert.All(HxPosts(html), target => Assert.Contains("handler=Acknowledge", target));
        Assert.DoesNotContain("name=\"to\"", html);
        Assert.Contains($"/plans/{demo.Id}/pace", Links(html));
        Assert.Contains($"/plans/{demo.Id}/funnel", Links(html));
        Assert.DoesNotContain($"/plans/{demo.Id}/funnel/edit", Links(html));
        Assert.Contains($"/plans/{demo.Id}/versions", Links(html));
        Assert.Contains($"/api/v1/plans/{demo.Id}/file", Links(html));
    }

    [Fact]
    public async Task An_admin_sees_every_control_of_the_organisation_plan_and_each_finding_has_its_fix()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());

        var html = await _factory.CreateClient().GetPageAsync($"/plans/{demo.Id}");

        var links = Links(html).ToHashSet();
        Assert.Contains($"/plans/{demo.Id}/edit", links);
        Assert.Contains($"/plans/{demo.Id}/delete", links);
        Assert.Contains($"/plans/{demo.Id}/strategies/new", links);
        Assert.Contains($"/plans/{demo.Id}/goals/new", links);
        Assert.Contains($"/plans/{demo.Id}/reviews/new", links);
        Assert.Contains($"/plans/{demo.Id}/tactics/{demo.Tactic("t1")}/edit", links);
        Assert.True(Regex.Count(html, ">Fix it</a>") > 0, "The admin sees no Fix it link.");
        Assert.Contains("Close the plan", html);
    }

    [Fact]
    public async Task A_read_only_token_shows_even_an_admin_no_control_that_writes()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());

        var html = await _factory.CreateClientAs("alex", canWrite: false).GetPageAsync($"/plans/{demo.Id}");

        Assert.DoesNotContain($"/plans/{demo.Id}/edit", html);
        Assert.DoesNotContain("Fix it", html);
        Assert.DoesNotContain("hx-post", html);
    }

    [Fact]
    public async Task A_rep_reads_people_and_teams_by_name_without_links_to_forms_only_admins_open()
    {
        var rep = _factory.CreateClientAs("lena");

        var people = await rep.GetPageAsync("/people");
        var teams = await rep.GetPageAsync("/teams");
        var plans = await rep.GetPageAsync("/plans");

        Assert.Contains("Omar Haddad", people);
        Assert.DoesNotContain("/people/", people);
        Assert.Contains("Mid-Market", teams);
        Assert.DoesNotContain("/teams/", teams);
        Assert.DoesNotContain("/plans/import", plans);
        Assert.DoesNotContain("/organization/settings", plans);
        Assert.Contains("/plans/new", plans);
    }

    [Fact]
    public async Task An_admin_has_the_links_to_every_person_team_import_and_the_settings()
    {
        var admin = _factory.CreateClient();

        var people = await admin.GetPageAsync("/people");
        var teams = await admin.GetPageAsync("/teams");
        var plans = await admin.GetPageAsync("/plans");

        Assert.Equal(10, Links(people).Count(href => PersonEdit().IsMatch(href)));
        Assert.Contains("/people/new", Links(people));
        Assert.Contains("/teams/new", Links(teams));
        Assert.Contains("/plans/import", Links(plans));
        Assert.Contains("/organization/settings", Links(plans));
    }

    [Fact]
    public async Task A_refused_htmx_request_answers_403_where_a_page_load_is_sent_to_the_not_allowed_page()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var browser = _factory.AnonymousBrowser();
        await browser.SignInAsync(AccountForms.DemoEmail("lena"));
        var target = $"/plans/{demo.Id}/reviews/{demo.OneOnOneReview()}/edit?handler=Delete";

        using var partial = new HttpRequestMessage(HttpMethod.Post, target);
        partial.Headers.Add("HX-Request", "true");
        var refused = await browser.SendAsync(partial);
        var page = await browser.GetAsync($"/plans/{demo.Id}/edit");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.StartsWith("/account/denied", AccountForms.RedirectTarget(page));
    }

    private static IEnumerable<string> Links(string html) => Href().Matches(html).Select(m => m.Groups[1].Value);

    private static IEnumerable<string> FixLinks(string html) => FixIt().Matches(html).Select(m => m.Groups[1].Value);

    private static IEnumerable<string> HxPosts(string html) => HxPost().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("<a href=\"([^\"]+)\"[^>]*>Fix it</a>")]
    private static partial Regex FixIt();

    [GeneratedRegex("hx-post=\"([^\"]+)\"")]
    private static partial Regex HxPost();

    [GeneratedRegex("href=\"([^\"#]+)")]
    private static partial Regex Href();

    [GeneratedRegex(@"^/people/\d+/edit$")]
    private static partial Regex PersonEdit();
}
