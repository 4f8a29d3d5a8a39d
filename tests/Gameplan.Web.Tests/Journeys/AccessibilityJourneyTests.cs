using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// axe-core on every main page as each demo role, at a laptop's 1400 px and a phone's 390 px: no critical or
/// serious violation (among them a scroll region the keyboard cannot reach), and at 390 px no page scrolls
/// sideways. One tab per role visits the pages at both widths.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed partial class AccessibilityJourneyTests : JourneyTests
{
    /// <summary>The pages reached from the navigation and the homes; a plan's own pages are added from the demo plan.</summary>
    private static readonly string[] MainPages =
    [
        "/", "/inbox", "/plans", "/activities", "/check-in", "/people", "/teams", "/pace", "/cycles", "/templates", "/alignment",
        "/organization/settings", "/system/organizations", "/account/profile",
    ];

    [ChromiumFact]
    public Task A_rep_meets_no_serious_accessibility_violation_on_a_laptop_or_a_phone() => CheckAsync("lena");

    [ChromiumFact]
    public Task A_manager_meets_no_serious_accessibility_violation_on_a_laptop_or_a_phone() => CheckAsync("omar");

    [ChromiumFact]
    public Task An_executive_meets_no_serious_accessibility_violation_on_a_laptop_or_a_phone() => CheckAsync("rosa");

    [ChromiumFact]
    public Task An_admin_meets_no_serious_accessibility_violation_on_a_laptop_or_a_phone() => CheckAsync("alex");

    private async Task CheckAsync(string handle)
    {
        var page = await Journey.NewPageAsync(1400, 900, bypassCsp: true);
        await BrowserJourney.SignInAsync(page, $"{handle}@{Core.Demo.DemoOrganization.EmailDomain}", Core.Demo.DemoOrganization.Password);
        await BrowserJourney.WaitForHomeAsync(page);
        var pages = await PagesAsync(page);
        var problems = new List<string>();
        var checkedPages = new List<string>();

        foreach (var width in new[] { 1400, 390 })
        {
            await page.SetViewportSizeAsync(width, width == 390 ? 844 : 900);
            foreach (var url in pages)
            {
                var response = await page.GotoAsync(url);
                var path = new Uri(page.Url).AbsolutePath;
                // A page this role may not open (an admin's settings for a rep) is no page of theirs.
                if (response is null || !response.Ok || path.StartsWith("/account/denied", StringComparison.Ordinal))
                {
                    continue;
                }
                checkedPages.Add($"{width} {url}");
                problems.AddRange((await Axe.SeriousAsync(page)).Select(v => $"{width} px {url}: {v}"));
                if (width == 390 && !await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"))
                {
                    problems.Add($"390 px {url}: scrolls sideways, {await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")} px wide");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{handle}:\n{string.Join('\n', problems)}");
        Assert.True(checkedPages.Count >= 2 * 12, $"{handle}: only {checkedPages.Count} pages were checked: {string.Join(", ", checkedPages)}");
    }

    /// <summary>The main pages, then the demo plan's page, pace and one review, a team's pace and a planning cycle, as the role sees them.</summary>
    private static async Task<List<string>> PagesAsync(IPage page)
    {
        var pages = MainPages.ToList();
        await page.GotoAsync("/plans");
        var plan = await page.GetByRole(AriaRole.Link, new() { NameRegex = SalesPlan() }).GetAttributeAsync("href");
        pages.AddRange([plan!, $"{plan}/pace"]);
        await page.GotoAsync(plan!);
        pages.AddRange(await FirstLinkAsync(page, ReviewPage()));
        await page.GotoAsync("/teams");
        pages.AddRange(await FirstLinkAsync(page, TeamPace()));
        await page.GotoAsync("/cycles");
        pages.AddRange(await FirstLinkAsync(page, CyclePage()));
        return pages;
    }

    private static async Task<IEnumerable<string>> FirstLinkAsync(IPage page, Regex shape)
    {
        var links = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main a[href]')].map(a => a.getAttribute('href'))");
        return links.Where(l => shape.IsMatch(l)).Take(1);
    }

    [GeneratedRegex(@"^/plans/\d+/reviews/\d+$")]
    private static partial Regex ReviewPage();

    [GeneratedRegex(@"^/teams/\d+/pace$")]
    private static partial Regex TeamPace();

    [GeneratedRegex(@"^/cycles/\d+$")]
    private static partial Regex CyclePage();
}
