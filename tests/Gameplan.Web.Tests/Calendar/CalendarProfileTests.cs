using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Account;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Calendar;

/// <summary>The calendar section of the profile page: make the address (shown once, to copy), make a new one, revoke it.</summary>
public sealed partial class CalendarProfileTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_person_makes_their_calendar_address_on_the_profile_page_and_revokes_it_there()
    {
        var browser = _factory.AnonymousBrowser();
        await browser.SignInAsync(AccountForms.DemoEmail("lena"));
        using var calendarApp = _factory.CreateAnonymousClient();

        var made = await browser.SubmitAsync("/account/profile", [], handler: "CalendarFeed");
        var first = Address().Match(await made.Content.ReadAsStringAsync()).Groups["path"].Value;
        var again = await browser.SubmitAsync("/account/profile", [], handler: "CalendarFeed");
        var second = Address().Match(await again.Content.ReadAsStringAsync()).Groups["path"].Value;

        Assert.StartsWith("/calendar/gpcal_", second, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await calendarApp.GetAsync(second)).StatusCode);
        var page = await browser.GetPageAsync("/account/profile");
        Assert.Contains("You have a calendar address starting", page, StringComparison.Ordinal);
        Assert.DoesNotContain(second, page, StringComparison.Ordinal);

        await browser.SubmitAsync("/account/profile", [], handler: "RevokeCalendarFeed");

        Assert.Equal(HttpStatusCode.NotFound, (await calendarApp.GetAsync(second)).StatusCode);
        Assert.DoesNotContain("Revoke the address", await browser.GetPageAsync("/account/profile"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_of_the_plan_downloads_each_review_from_the_plan_page_signed_in_with_the_browser()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var review = demo.Details.GetProperty("reviews")[0].Id();
        var browser = _factory.AnonymousBrowser();
        await browser.SignInAsync(AccountForms.DemoEmail("lena"));
        var link = $"/api/v1/plans/{demo.Id}/reviews/{review}.ics";

        Assert.Contains($"href=\"{link}\"", await browser.GetPageAsync($"/plans/{demo.Id}"), StringComparison.Ordinal);
        var file = await browser.GetAsync(link);
        Assert.Equal((HttpStatusCode.OK, "text/calendar"), (file.StatusCode, file.Content.Headers.ContentType?.MediaType));
        Assert.Contains("BEGIN:VEVENT", await file.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("value=\"https?://[^/\"]+(?<path>/calendar/[^\"]+\\.ics)\"")]
    private static partial Regex Address();
}
