using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// A manager reads the demo plan: the plan and its goals first, then the critique in brief (counts, the
/// top issues, each rule's findings said once, the risk radar), each element's own findings as a badge
/// beside it, and the full list one click away. The figures come from the critique API, which keeps its flat list.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class PlanCritiqueJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task The_plan_page_leads_with_the_plan_and_a_summary_of_its_critique_grouped_by_rule()
    {
        var (demo, findings, summary) = await CritiqueAsync();
        var page = await Journey.SignedInPageAsync("rosa");
        await page.GotoAsync($"/plans/{demo.Id}");

        Assert.True(await page.EvaluateAsync<bool>("""
            () => ["goals", "critique", "questions", "strategies", "findings"].map(id => document.getElementById(id))
                .every((section, i, all) => i === 0 || (all[i - 1].compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING))
            """), "The page does not read goals, critique, questions, strategies, then all findings.");
        var counts = page.Locator("#critique .critique-counts");
        await Expect(counts).ToContainTextAsync(Count(summary.GetProperty("errors").GetInt32(), "error", "errors"));
        await Expect(counts).ToContainTextAsync(Count(summary.GetProperty("warnings").GetInt32(), "warning", "warnings"));

        // One group per rule, the errors first; the top issues are the first three groups.
        var rules = findings.Select(f => f.GetProperty("rule").GetString()!).Distinct().ToList();
        var groups = page.Locator("#critique details.finding-group");
        await Expect(groups).ToHaveCountAsync(rules.Count);
        var ids = await groups.EvaluateAllAsync<string[]>("all => all.map(g => g.id)");
        Assert.Equal(rules.Select(r => $"rule-{r}").Order(), ids.Order());
        var firstRule = ids[0]["rule-".Length..];
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == firstRule && f.GetProperty("severity").GetString() == "error");
        var top = page.Locator("#critique ol.top-issues li a");
        await Expect(top).ToHaveCountAsync(3);
        Assert.Equal(ids.Take(3).Select(id => $"#{id}"), await top.EvaluateAllAsync<string[]>("all => all.map(a => a.getAttribute('href'))"));

        // The unacknowledged commitments in one sentence with their count and the tactics' keys; opening it shows each with its message.
        var unacknowledged = findings.Where(f => f.GetProperty("rule").GetString() == "GP308").Select(f => f.GetProperty("path").GetString()!).Distinct().ToList();
        Assert.True(unacknowledged.Count > 1, "The demo has several tactics with unacknowledged commitments.");
        var gp308 = page.Locator("#rule-GP308");
        var sentence = gp308.Locator("summary");
        await Expect(sentence).ToContainTextAsync($"{unacknowledged.Count} tactics have commitments not acknowledged by everyone they bind: ");
        foreach (var path in unacknowledged)
        {
            await Expect(sentence).ToContainTextAsync(TacticKey(path));
        }
        var items = gp308.Locator("li.grouped-finding");
        await Expect(items.First).Not.ToBeVisibleAsync();
        await sentence.ClickAsync();
        await Expect(items).ToHaveCountAsync(unacknowledged.Count);
        await Expect(items.First).ToBeVisibleAsync();
        await Expect(items.First).ToContainTextAsync("has commitments not acknowledged by");

        // The full list is one click away, every finding in it.
        await page.Locator("#critique").GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^All \\d+ findings") }).ClickAsync();
        await Expect(page.Locator("#findings li.finding")).ToHaveCountAsync(findings.Count);
        await Expect(page.Locator("#findings")).ToBeInViewportAsync();
    }

    [ChromiumFact]
    public async Task Each_element_carries_a_badge_with_its_own_findings_that_leads_to_their_group()
    {
        var (demo, findings, _) = await CritiqueAsync();
        var page = await Journey.SignedInPageAsync("rosa");
        await page.GotoAsync($"/plans/{demo.Id}");

        var byTactic = findings.Where(f => f.GetProperty("path").GetString()!.Contains(".tactics[", StringComparison.Ordinal))
            .GroupBy(f => TacticKey(f.GetProperty("path").GetString()!)).ToList();
        Assert.NotEmpty(byTactic);
        foreach (var tactic in byTactic)
        {
            var badge = page.Locator($"#tactic-{demo.Tactic(tactic.Key)} .tactic-head a.finding-badge");
            await Expect(badge).ToHaveTextAsync(new Regex($"^{tactic.Count()} finding"));
            var title = await badge.GetAttributeAsync("title");
            Assert.All(tactic, f => Assert.Contains(f.GetProperty("message").GetString()!, title, StringComparison.Ordinal));
            var worst = tactic.Any(f => f.GetProperty("severity").GetString() == "error") ? "error" : "warning";
            await Expect(badge).ToHaveClassAsync(new Regex($"finding-badge-{worst}"));
        }

        // A goal the critique says nothing about has no badge; one it does, has.
        var goals = findings.Select(f => f.GetProperty("path").GetString()!).Where(p => p.StartsWith("goals[", StringComparison.Ordinal)).Select(p => p[6..^1]).ToHashSet();
        Assert.Contains("g1", goals);
        Assert.DoesNotContain("g3", goals);
        await Expect(page.Locator($"#findings-of-goal-{demo.Goal("g3")} a")).ToHaveCountAsync(0);
        var g1 = page.Locator($"#goal-{demo.Goal("g1")} a.finding-badge");
        await Expect(g1).ToBeVisibleAsync();

        // The badge leads to the group of its worst finding's rule, opened.
        var href = await g1.GetAttributeAsync("href");
        await g1.ClickAsync();
        var group = page.Locator("details.finding-group:target");
        await Expect(group).ToHaveAttributeAsync("id", href![1..]);
        await Expect(group).ToHaveAttributeAsync("open", "");
    }

    [ChromiumFact]
    public async Task On_a_phone_the_critique_and_its_groups_fit_the_screen()
    {
        var (demo, _, _) = await CritiqueAsync();
        var phone = await Journey.SignedInPageAsync("omar", width: 390, height: 844);
        await phone.GotoAsync($"/plans/{demo.Id}#rule-GP308");

        await Expect(phone.Locator("#rule-GP308")).ToHaveAttributeAsync("open", "");
        await phone.Locator("#critique details.risk-formulas summary").ClickAsync();
        await Expect(phone.Locator("#critique .risk-formula").First).ToBeVisibleAsync();
        Assert.True(await phone.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "The plan page scrolls sideways at 390 px.");
    }

    private async Task<(DemoPlan Demo, List<JsonElement> Findings, JsonElement Summary)> CritiqueAsync()
    {
        var api = Journey.Factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(api);
        var report = await api.GetOkAsync($"{demo.Url}/critique");
        return (demo, [.. report.GetProperty("findings").EnumerateArray()], report.GetProperty("summary"));
    }

    private static string TacticKey(string path) => path[(path.LastIndexOf("tactics[", StringComparison.Ordinal) + 8)..^1];

    private static string Count(int count, string one, string many) => $"{count.ToString(CultureInfo.InvariantCulture)} {(count == 1 ? one : many)}";
}
