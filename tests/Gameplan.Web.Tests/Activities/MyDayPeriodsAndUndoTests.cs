using System.Net;
using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Tests.Activities;

/// <summary>My day's numbers a salesperson trusts (a monthly commitment in its month), its own metrics, and undo of the last quick log.</summary>
public sealed partial class MyDayPeriodsAndUndoTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_monthly_commitment_reads_this_month_0_of_1_not_a_fraction_due()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena", callsPerDay: 1, per: "month");
        var lena = _factory.PagesAs("lena");

        var before = WebUtility.HtmlDecode(await lena.GetPageAsync("/activities"));
        (await lena.SubmitAsync("/activities", [("Log.Metric", "calls"), ("Log.Quantity", "1")], handler: "Log")).ExpectRedirect();
        var after = WebUtility.HtmlDecode(await lena.GetPageAsync("/activities"));

        Assert.Contains("this month 0 of 1", CallsTarget(before));
        Assert.Contains("this month 1 of 1", CallsTarget(after));
        Assert.Contains("period-met", CallsTarget(after));
        // No pro-rated share of the month shows as today's target (the tactic began 20 days ago: a month before it is "last month").
        Assert.DoesNotMatch(@"\d\.\d+", Regex.Replace(CallsTarget(before), "<[^>]+>", " "));
    }

    [Fact]
    public async Task A_daily_count_shows_whole_units_and_today_leads_the_history()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena", callsPerDay: 5);
        var lena = _factory.PagesAs("lena");
        (await lena.SubmitAsync("/activities", [("Log.Metric", "calls"), ("Log.Quantity", "2")], handler: "Log")).ExpectRedirect();

        var html = WebUtility.HtmlDecode(await lena.GetPageAsync("/activities"));

        Assert.Contains("5<small class=\"muted\"> today</small>", CallsTarget(html));
        var headings = Regex.Matches(html, "<th scope=\"col\" class=\"day-heading[^\"]*\"").Select(m => m.Value).ToList();
        Assert.Contains(" today\"", headings[0]);
        Assert.Contains("id=\"history-today\"", html);
    }

    [Fact]
    public async Task Log_another_activity_offers_only_her_own_metrics_and_others_behind_other_metric_with_a_confirmation()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena");
        var lena = _factory.PagesAs("lena");
        var html = WebUtility.HtmlDecode(await lena.GetPageAsync("/activities"));

        var own = Options(PageForms.Element(html, "other-metric", "select"));
        var others = Options(PageForms.Element(html, "organisation-metrics", "datalist"));
        Assert.Contains("calls", own);
        Assert.NotEmpty(others);
        Assert.Empty(own.Intersect(others));

        var unconfirmed = await (await lena.SubmitAsync("/activities", [("Log.Metric", "webinars_hosted"), ("Log.Quantity", "1")], handler: "Log")).ExpectFormAgainAsync();
        Assert.Contains("tick \"create it\"", unconfirmed);
        using (var db = _factory.OpenDatabase())
        {
            Assert.False(await db.Metrics.AnyAsync(m => m.Name == "webinars_hosted"));
        }
        (await lena.SubmitAsync("/activities", [("Log.Metric", "webinars_hosted"), ("Log.Quantity", "1"), ("Log.CreateMetric", "true")], handler: "Log")).ExpectRedirect();
        using (var db = _factory.OpenDatabase())
        {
            var metric = await db.Metrics.SingleAsync(m => m.Name == "webinars_hosted");
            Assert.Equal("count", metric.Unit);
            Assert.True(await db.ActivityDays.AnyAsync(d => d.MetricId == metric.Id && d.Quantity == 1m));
        }
    }

    [Fact]
    public async Task Undo_takes_back_the_last_quick_log_and_the_totals_drop()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena");
        var lena = _factory.PagesAs("lena");
        var token = PageForms.TokenIn(await lena.GetPageAsync("/activities"));
        lena.AsHtmx();
        (await lena.PostAsync("/activities?handler=Log", Form(token, ("Log.Metric", "calls"), ("Log.Quantity", "2")))).EnsureSuccessStatusCode();
        var logged = WebUtility.HtmlDecode(await (await lena.PostAsync("/activities?handler=Log", Form(token, ("Log.Metric", "calls"), ("Log.Quantity", "3")))).Content.ReadAsStringAsync());
        Assert.Equal(5m, await DayTotalAsync("lena"));

        var entry = EntryId(logged);
        var undone = await lena.PostAsync("/activities?handler=Undo", Form(token, ("entryId", entry)));
        var html = WebUtility.HtmlDecode(await undone.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, undone.StatusCode);
        Assert.Contains("Undone", html);
        Assert.Equal(2m, await DayTotalAsync("lena"));
        Assert.Contains("class=\"logged-today\">2<", html);
    }

    [Fact]
    public async Task Undo_is_refused_for_an_older_entry_and_for_an_entry_someone_else_logged()
    {
        await ActiveTodayPlan.AddAsync(_factory, "lena");
        var lena = _factory.PagesAs("lena");
        var omar = _factory.PagesAs("omar");
        var token = PageForms.TokenIn(await lena.GetPageAsync("/activities"));
        lena.AsHtmx();
        var first = EntryId(WebUtility.HtmlDecode(await (await lena.PostAsync("/activities?handler=Log", Form(token, ("Log.Metric", "calls"), ("Log.Quantity", "2")))).Content.ReadAsStringAsync()));
        (await lena.PostAsync("/activities?handler=Log", Form(token, ("Log.Metric", "calls"), ("Log.Quantity", "1")))).EnsureSuccessStatusCode();

        var older = WebUtility.HtmlDecode(await (await lena.PostAsync("/activities?handler=Undo", Form(token, ("entryId", first)))).Content.ReadAsStringAsync());
        Assert.Contains("Only the newest entry", older);
        Assert.Contains("role=\"alert\"", older);
        Assert.Equal(3m, await DayTotalAsync("lena"));

        // Her manager logs for her: the newest entry is his, so Lena has nothing to undo and may not take it back.
        (await omar.SubmitAsync("/activities?person=lena", [("Log.Person", "lena"), ("Log.Metric", "calls"), ("Log.Quantity", "4")], post: "/activities?handler=Log")).ExpectRedirect();
        var managerPage = WebUtility.HtmlDecode(await omar.GetPageAsync("/activities?person=lena"));
        var his = EntryId(managerPage);
        var lenaPage = WebUtility.HtmlDecode(await lena.GetPageAsync("/activities"));
        Assert.DoesNotContain("id=\"undo-log\"", lenaPage);

        var refused = await lena.SubmitAsync("/activities", [("entryId", his)], handler: "Undo");
        var refusedHtml = await refused.ExpectFormAgainAsync();
        Assert.Contains("Only the person who logged an entry can undo it", refusedHtml);
        Assert.Equal(7m, await DayTotalAsync("lena"));

        // A rep of another team may not even reach Lena's day.
        var ravi = _factory.PagesAs("ravi");
        var raviToken = PageForms.TokenIn(await ravi.GetPageAsync("/activities"));
        var foreign = await ravi.PostAsync("/activities?handler=Undo", Form(raviToken, ("person", "lena"), ("entryId", his)));
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(7m, await DayTotalAsync("lena"));

        // Without the antiforgery token nothing happens.
        var forged = await omar.PostAsync("/activities?handler=Undo", new FormUrlEncodedContent([new("person", "lena"), new("entryId", his)]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(7m, await DayTotalAsync("lena"));
    }

    private static string EntryId(string html) =>
        Regex.Match(html, "name=\"entryId\" value=\"(\\d+)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No Undo on the page: " + html);

    private static List<string> Options(string html) =>
        [.. Regex.Matches(html, "<option value=\"([^\"]+)\"").Select(m => m.Groups[1].Value)];

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token)));

    /// <summary>The target cell of the test plan's calls row.</summary>
    private static string CallsTarget(string html)
    {
        var button = html.IndexOf("aria-label=\"Add 1 to calls\"", StringComparison.Ordinal);
        Assert.True(button >= 0, "No target row for calls: " + html);
        var row = html.LastIndexOf("<tr id=\"target-", button, StringComparison.Ordinal);
        var cell = html.IndexOf("class=\"target-today\"", row, StringComparison.Ordinal);
        return html[cell..html.IndexOf("</td>", cell, StringComparison.Ordinal)];
    }

    private async Task<decimal> DayTotalAsync(string handle)
    {
        using var db = _factory.OpenDatabase();
        var person = await db.People.Where(p => p.Handle == handle).Select(p => p.Id).SingleAsync();
        var metric = await db.Metrics.Where(m => m.Name == ActiveTodayPlan.Metric).Select(m => m.Id).SingleAsync();
        var day = await db.ActivityDays.Where(d => d.PersonId == person && d.MetricId == metric && d.Date == ActiveTodayPlan.Today).SumAsync(d => d.Quantity);
        var raw = await db.Activities.Where(a => a.PersonId == person && a.MetricId == metric && a.Date == ActiveTodayPlan.Today).SumAsync(a => a.Quantity);
        Assert.Equal(raw, day);
        return day;
    }
}
