using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Core.Activities;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Tests.Activities;

public sealed partial class MyDayPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_rep_sees_todays_target_and_a_plus_one_counts_towards_today_and_the_pace()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena", callsPerDay: 5);
        var lena = _factory.PagesAs("lena");

        var before = await lena.GetPageAsync("/activities");
        var response = await lena.SubmitAsync("/activities", [("Log.Metric", "calls"), ("Log.Quantity", "1")], handler: "Log");
        Assert.Equal("/activities", response.ExpectRedirect());
        var after = await lena.GetPageAsync("/activities");

        Assert.Contains("Call five practice managers every working day.", before);
        Assert.Equal("0", LoggedToday(before));
        Assert.Equal("1", LoggedToday(after));
        var (actualBefore, targetBefore) = ToDate(before);
        var (actualAfter, targetAfter) = ToDate(after);
        Assert.Equal(actualBefore + 1, actualAfter);
        Assert.Equal(targetBefore, targetAfter);
        Assert.Equal(1m, await DayTotalAsync("lena", ActiveTodayPlan.Today));
    }

    [Fact]
    public async Task A_quantity_sent_by_htmx_answers_with_the_refreshed_content_only()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena");
        var lena = _factory.PagesAs("lena");
        var token = PageForms.TokenIn(await lena.GetPageAsync("/activities"));

        var response = await lena.AsHtmx().PostAsync("/activities?handler=Log", Form(token, ("Log.Metric", "calls"), ("Log.Quantity", "7")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html);
        Assert.StartsWith("<div id=\"my-day-content\">", html.Trim());
        Assert.Contains("Logged 7 calls.", html);
        Assert.Equal("7", LoggedToday(html));
    }

    [Fact]
    public async Task A_correction_replaces_the_web_entry_and_keeps_the_day_and_month_totals_right()
    {
        var day = ActiveTodayPlan.Today.AddDays(-2);
        await ActiveTodayPlan.AddAsync(_factory, "lena");
        await ImportAsync("lena", day, 3, "crm-1");
        var lena = _factory.PagesAs("lena");

        (await SetDayAsync(lena, day, "5")).ExpectRedirect();
        Assert.Equal(5m, await DayTotalAsync("lena", day));
        (await SetDayAsync(lena, day, "4")).ExpectRedirect();
        Assert.Equal(4m, await DayTotalAsync("lena", day));
        var refused = await (await SetDayAsync(lena, day, "2")).ExpectFormAgainAsync();
        Assert.Contains("came from an import or the API", PageForms.MessageBeside(refused, "Input.Days[0].Quantity"));
        Assert.Equal(4m, await DayTotalAsync("lena", day));
        (await SetDayAsync(lena, day, "3")).ExpectRedirect();

        using var db = _factory.OpenDatabase();
        var calls = await db.Metrics.Where(m => m.Name == ActiveTodayPlan.Metric).Select(m => m.Id).SingleAsync();
        var rows = await db.Activities.Where(a => a.Date == day && a.MetricId == calls).Select(a => new { a.ExternalId, a.Quantity }).ToListAsync();
        Assert.Equal([("crm-1", 3m)], rows.Select(r => (r.ExternalId, r.Quantity)));
        var aggregate = await db.ActivityDays.SingleAsync(d => d.Date == day && d.MetricId == calls);
        Assert.Equal((3m, 1), (aggregate.Quantity, aggregate.Entries));
        await AssertMonthsMatchDaysAsync();
    }

    [Fact]
    public async Task The_days_page_refuses_a_negative_number_a_day_outside_the_last_two_weeks_and_a_missing_quantity()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena");
        var lena = _factory.PagesAs("lena");

        var negative = await (await SetDayAsync(lena, ActiveTodayPlan.Today, "-2")).ExpectFormAgainAsync();
        var tooOld = await (await SetDayAsync(lena, ActiveTodayPlan.Today.AddDays(-MyDayQueries.HistoryDays), "2")).ExpectFormAgainAsync();
        var quickLog = await (await lena.SubmitAsync("/activities", [("Log.Metric", "calls"), ("Log.Quantity", "")], handler: "Log")).ExpectFormAgainAsync();

        Assert.Contains("from 0 to", PageForms.MessageBeside(negative, "Input.Days[0].Quantity"));
        Assert.Contains("Only the last 14 days", tooOld);
        Assert.Contains("Enter how much you did.", quickLog);
        using var db = _factory.OpenDatabase();
        Assert.False(await db.Activities.AnyAsync(a => a.ExternalId!.StartsWith("web:")));
    }

    [Fact]
    public async Task A_manager_logs_for_a_rep_of_their_team_but_not_for_one_of_another_team()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena");
        var omar = _factory.PagesAs("omar");

        var page = await omar.GetPageAsync("/activities?person=lena");
        var allowed = await omar.SubmitAsync("/activities", [("Log.Person", "lena"), ("Log.Metric", "calls"), ("Log.Quantity", "2")], handler: "Log");
        var otherTeam = await omar.GetAsync("/activities?person=ravi");
        var token = PageForms.TokenIn(page);
        var refused = await omar.PostAsync("/activities?handler=Log", Form(token, ("Log.Person", "ravi"), ("Log.Metric", "calls"), ("Log.Quantity", "2")));

        Assert.Contains("Whose day", page);
        Assert.Equal("/activities?person=lena", allowed.ExpectRedirect());
        Assert.Equal(2m, await DayTotalAsync("lena", ActiveTodayPlan.Today));
        Assert.Equal(HttpStatusCode.Forbidden, otherTeam.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(0m, await DayTotalAsync("ravi", ActiveTodayPlan.Today));
    }

    [Fact]
    public async Task A_rep_may_not_open_or_log_anyone_elses_day()
    {
        var lena = _factory.PagesAs("lena");
        var page = await lena.GetPageAsync("/activities");
        var token = PageForms.TokenIn(page);

        var read = await lena.GetAsync("/activities?person=mateo");
        var write = await lena.PostAsync("/activities?handler=Log", Form(token, ("Log.Person", "mateo"), ("Log.Metric", "prospecting_minutes"), ("Log.Quantity", "30")));

        Assert.DoesNotContain("Whose day", page);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
    }

    [Fact]
    public async Task Another_organisation_does_not_find_a_demo_person()
    {
        var rival = _factory.CreateClient(new() { AllowAutoRedirect = false });
        rival.DefaultRequestHeaders.Authorization = new("Bearer", await RivalOrganization.AddAsync(_factory));

        var response = await rival.GetAsync("/activities?person=lena");
        var own = await rival.GetPageAsync("/activities");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Lena", own);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_or_with_a_read_only_token_stores_nothing()
    {
        var lena = _factory.PagesAs("lena");
        var reader = _factory.PagesAs("lena", canWrite: false);
        var readerToken = PageForms.TokenIn(await reader.GetPageAsync("/activities"));

        var forged = await lena.PostAsync("/activities?handler=Log", new FormUrlEncodedContent([new("Log.Metric", "calls"), new("Log.Quantity", "1")]));
        var readOnly = await reader.PostAsync("/activities?handler=Log", Form(readerToken, ("Log.Metric", "prospecting_minutes"), ("Log.Quantity", "1")));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, readOnly.StatusCode);
        using var db = _factory.OpenDatabase();
        Assert.False(await db.Activities.AnyAsync(a => a.ExternalId!.StartsWith("web:")));
    }

    [Fact]
    public async Task Everyone_with_a_person_sees_the_my_day_link()
    {
        var html = await _factory.PagesAs("jonas").GetPageAsync("/plans");

        Assert.Contains("<a href=\"/activities\"", html);
    }

    private static Task<HttpResponseMessage> SetDayAsync(HttpClient client, DateOnly day, string quantity) =>
        client.SubmitAsync("/activities", [("Input.Days[0].Metric", "calls"), ("Input.Days[0].Date", ActiveTodayPlan.Iso(day)), ("Input.Days[0].Quantity", quantity)], handler: "Days");

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    private async Task ImportAsync(string handle, DateOnly day, decimal quantity, string externalId)
    {
        using var db = _factory.OpenDatabase();
        var person = await db.People.Where(p => p.Handle == handle).Select(p => p.Id).SingleAsync();
        var metric = await db.Metrics.Where(m => m.Name == ActiveTodayPlan.Metric).Select(m => m.Id).SingleAsync();
        await using var writer = await ActivityWriter.BeginAsync(db, default);
        await writer.AddAsync(new NewActivity(person, metric, day, quantity, externalId, null), default);
        await writer.CommitAsync(default);
    }

    private async Task<decimal> DayTotalAsync(string handle, DateOnly day)
    {
        using var db = _factory.OpenDatabase();
        var person = await db.People.Where(p => p.Handle == handle).Select(p => p.Id).SingleAsync();
        var metric = await db.Metrics.Where(m => m.Name == ActiveTodayPlan.Metric).Select(m => m.Id).SingleAsync();
        var days = await db.ActivityDays.Where(d => d.PersonId == person && d.MetricId == metric && d.Date == day).ToListAsync();
        var raw = await db.Activities.Where(a => a.PersonId == person && a.MetricId == metric && a.Date == day).ToListAsync();
        Assert.Equal(raw.Sum(a => a.Quantity), days.Sum(d => d.Quantity));
        Assert.Equal(raw.Count, days.Sum(d => d.Entries));
        return days.Sum(d => d.Quantity);
    }

    /// <summary>Every month aggregate equals the sum of its days.</summary>
    private async Task AssertMonthsMatchDaysAsync()
    {
        using var db = _factory.OpenDatabase();
        var days = await db.ActivityDays.ToListAsync();
        var months = await db.ActivityMonths.ToListAsync();
        var expected = days.GroupBy(d => (d.PersonId, d.MetricId, Month: new DateOnly(d.Date.Year, d.Date.Month, 1)))
            .ToDictionary(g => g.Key, g => (g.Sum(d => d.Quantity), g.Sum(d => d.Entries)));
        Assert.Equal(expected.Count, months.Count);
        Assert.All(months, m => Assert.Equal(expected[(m.PersonId, m.MetricId, m.Month)], (m.Quantity, m.Entries)));
    }

    private static string LoggedToday(string html) => LoggedCell().Match(CallsRow(html)) is { Success: true } m ? m.Groups[1].Value.Trim() : throw new InvalidOperationException("No 'Logged today' cell: " + html);

    private static (decimal Actual, decimal Target) ToDate(string html)
    {
        var match = ToDateCell().Match(CallsRow(html));
        Assert.True(match.Success, "No 'To date' cell");
        return (decimal.Parse(match.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(match.Groups[2].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The target row of the test plan's calls: the demo plan has targets of its own on the same page.</summary>
    private static string CallsRow(string html)
    {
        var button = html.IndexOf("aria-label=\"Add 1 to calls\"", StringComparison.Ordinal);
        Assert.True(button >= 0, "No target row for calls: " + html);
        var start = html.LastIndexOf("<tr id=\"target-", button, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", button, StringComparison.Ordinal)];
    }

    [GeneratedRegex("class=\"logged-today\">([^<]+)<")]
    private static partial Regex LoggedCell();

    [GeneratedRegex("class=\"to-date\">([0-9.,]+) of ([0-9.,]+)<")]
    private static partial Regex ToDateCell();
}
