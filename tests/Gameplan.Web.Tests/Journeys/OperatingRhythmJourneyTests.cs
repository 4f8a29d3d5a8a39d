using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Core.Notifications;
using Gameplan.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Gameplan.Web.Tests.Journeys;

/// <summary>
/// The operating rhythm end to end (issue 13): the leader runs the weekly tactical review, sees who is off pace and
/// gives Nia an action item; Nia lands on her inbox, finds it there and checks in with last week's check-in beside
/// the form; the leader holds Nia's one-on-one with notes and an action item, and the next one-on-one shows those
/// notes, the open item, the version diff since and her check-ins; the digest reaches a real SMTP server;
/// her calendar feed parses.
/// </summary>
[Collection(BrowserJourneys.Name)]
public sealed class OperatingRhythmJourneyTests : JourneyTests
{
    [ChromiumFact]
    public async Task A_week_of_the_rhythm_from_the_tactical_review_to_the_digest_and_the_calendar()
    {
        await using var smtp = await NodeSmtpServer.StartAsync();
        using var admin = Journey.Factory.CreateClient();
        var demo = await DemoPlan.LoadAsync(admin);
        var reviews = demo.Details.GetProperty("reviews").EnumerateArray().ToList();
        var tactical = Next(reviews, "tactical");
        var oneOnOne = Next(reviews, "one_on_one");

        // The leader runs the weekly tactical review: the off-pace reps are on its agenda; Nia gets an action item.
        var rosa = await Journey.SignedInPageAsync("rosa");
        rosa.Dialog += (_, dialog) => _ = dialog.AcceptAsync();
        await rosa.GotoAsync($"/plans/{demo.Id}/reviews/{tactical}");
        await Expect(rosa.Locator("#agenda-off_pace li").First).ToBeVisibleAsync();
        await AddActionItemAsync(rosa, "Call the three stalled clinics before Friday.", "2099-01-15");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Mark held" }).ClickAsync();
        await Expect(rosa.Locator("#held-notice")).ToContainTextAsync("kept when it was marked held");

        // Nia lands on her inbox on her phone: the action item is there, and so is this week's check-in.
        var nia = await Journey.NewPageAsync(390, 844);
        await BrowserJourney.SignInAsync(nia, "nia@" + Core.Demo.DemoOrganization.EmailDomain, Core.Demo.DemoOrganization.Password);
        await Expect(nia).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/inbox$"));
        await Expect(nia.Locator(".inbox-item[data-kind=action_item]", new() { HasText = "Call the three stalled clinics before Friday." })).ToBeVisibleAsync();
        await nia.Locator(".inbox-item[data-kind=check_in] a").ClickAsync();
        var checkIn = nia.Locator("section.check-in").First;
        await Expect(checkIn.Locator("aside.check-in-previous")).ToContainTextAsync("Previous: week to");
        await checkIn.Locator("fieldset.check-in-line").First.GetByLabel("At risk").CheckAsync();
        await checkIn.Locator("fieldset.check-in-line").First.GetByLabel("Why, when not on track").FillAsync("Clinic visits took two mornings.");
        await checkIn.GetByRole(AriaRole.Button, new() { Name = "Save check-in" }).ClickAsync();
        await Expect(nia.GetByRole(AriaRole.Status)).ToContainTextAsync("saved.");
        await nia.GotoAsync("/inbox");
        await Expect(nia.Locator(".inbox-item[data-kind=check_in]")).ToHaveCountAsync(0);

        // The leader holds Nia's one-on-one with notes and an action item, and schedules the next one.
        await rosa.GotoAsync($"/plans/{demo.Id}/reviews/{oneOnOne}");
        await rosa.Locator("#review-notes").FillAsync("Nia will try the shorter opener for a week.");
        var notesSaved = rosa.WaitForResponseAsync(r => r.Request.Method == "POST" && r.Url.Contains("Notes", StringComparison.OrdinalIgnoreCase));
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Save notes" }).ClickAsync();
        Assert.True((await notesSaved).Ok, "the notes were saved");
        await rosa.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await AddActionItemAsync(rosa, "Role-play the opener with Lena.", "2099-02-01");
        await rosa.GetByRole(AriaRole.Button, new() { Name = "Mark held" }).ClickAsync();
        await Expect(rosa.Locator("#held-notice")).ToContainTextAsync("kept when it was marked held");
        var held = (await admin.GetOkAsync($"{demo.Url}/reviews/{oneOnOne}")).Text("date");
        var nextDate = DateOnly.Parse(held!, System.Globalization.CultureInfo.InvariantCulture).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var next = (await admin.CreateAsync($"{demo.Url}/reviews", new { kind = "one_on_one", date = nextDate, person = "nia" })).Id();

        // The next one-on-one: the previous notes, the open item carried forward, what changed, her check-ins.
        await rosa.GotoAsync($"/plans/{demo.Id}/reviews/{next}");
        await Expect(rosa.Locator("#agenda-previous_notes")).ToContainTextAsync("Nia will try the shorter opener for a week.");
        await Expect(rosa.Locator("#action-items")).ToContainTextAsync("Role-play the opener with Lena.");
        // What changed is the version diff since the previous one-on-one (no version was stored since: nothing).
        await Expect(rosa.Locator("#agenda-plan_changes")).ToContainTextAsync($"What changed in their plan since {held}");
        await Expect(rosa.Locator("#agenda-check_ins")).ToContainTextAsync("at risk");
        await Expect(rosa.Locator("#agenda-check_ins")).ToContainTextAsync("Clinic visits took two mornings.");

        // The digest reaches the SMTP server with Nia's open items; her calendar feed parses with the next one-on-one.
        using (var saved = await admin.PutAsJsonAsync("/api/v1/organization/email", new
        {
            host = "127.0.0.1",
            port = smtp.Port,
            tls = "none",
            user_name = (string?)null,
            password = "relay-secret",
            from_address = "gameplan@northwind.example",
            base_url = "https://gameplan.northwind.example",
            digest_day = "monday",
        }))
        {
            saved.EnsureSuccessStatusCode();
        }
        DigestRunResult run;
        using (var scope = Journey.Factory.Services.CreateScope())
        {
            run = await scope.ServiceProvider.GetRequiredService<DigestRun>().RunAsync("http://unused.example");
        }
        var messages = Enumerable.Range(0, run.Sent).Select(_ => smtp.Next() ?? throw new InvalidOperationException("a digest did not arrive")).ToList();
        var niasDigest = Assert.Single(messages, m => m.GetProperty("to")[0].GetString()!.StartsWith("nia@", StringComparison.Ordinal));
        Assert.Contains("Call the three stalled clinics before Friday.", niasDigest.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("https://gameplan.northwind.example/plans/", niasDigest.GetProperty("html").GetString(), StringComparison.Ordinal);

        using var niaApi = Journey.Factory.CreateClientAs("nia");
        var feed = await (await niaApi.PostAsync("/api/v1/me/calendar-feed", null)).ExpectAsync(System.Net.HttpStatusCode.Created);
        var ics = await Journey.Factory.CreateAnonymousClient().GetStringAsync(feed.Text("path"));
        var parsed = await IcalJs.ParseAsync(ics);
        var summaries = parsed.GetProperty("events").EnumerateArray().Select(e => (Summary: e.Text("summary") ?? "", Start: e.Text("start") ?? "")).ToList();
        Assert.Contains(summaries, e => e.Summary.StartsWith("One-on-one", StringComparison.Ordinal) && e.Start.StartsWith(nextDate, StringComparison.Ordinal));
        Assert.Contains(summaries, e => e.Summary.Contains("check-in", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task AddActionItemAsync(IPage page, string what, string due)
    {
        await page.GetByLabel("What", new() { Exact = true }).FillAsync(what);
        await page.GetByLabel("Owner", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Nia Brooks" });
        await page.GetByLabel("Due", new() { Exact = true }).FillAsync(due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add action item" }).ClickAsync();
        await Expect(page.Locator(".action-items li", new() { HasText = what })).ToContainTextAsync("Nia Brooks");
    }

    private static int Next(List<JsonElement> reviews, string kind) =>
        reviews.Where(r => r.Text("kind") == kind && !r.GetProperty("held").GetBoolean()).OrderBy(r => r.Text("date"), StringComparer.Ordinal).First().Id();
}
