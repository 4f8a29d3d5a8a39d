using System.Net;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Calendar;

public sealed class CalendarApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _admin;

    public CalendarApiTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [NodeFact]
    public async Task Lenas_feed_parses_with_ical_js_and_holds_her_one_on_one_but_not_mateos()
    {
        var demo = await DemoPlan.LoadAsync(_admin);
        var day = demo.Details.GetProperty("reviews")[0].Text("date");
        var lenas = await _admin.CreateAsync($"{demo.Url}/reviews", new { kind = "one_on_one", date = day, person = "lena" });
        var mateos = await _admin.CreateAsync($"{demo.Url}/reviews", new { kind = "one_on_one", date = day, person = "mateo" });
        using var lena = _factory.CreateClientAs("lena");
        var created = await MakeFeedAsync(lena);

        var response = await _factory.CreateAnonymousClient().GetAsync(created.Text("path"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var parsed = await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync());
        var events = parsed.GetProperty("events").EnumerateArray().ToList();
        var uids = events.Select(e => e.Text("uid")).ToList();
        Assert.Contains(uids, u => u.StartsWith($"review-{lenas.Id()}.organization-", StringComparison.Ordinal));
        Assert.DoesNotContain(uids, u => u.StartsWith($"review-{mateos.Id()}.organization-", StringComparison.Ordinal));
        var one = events.Single(e => e.Text("uid").StartsWith($"review-{lenas.Id()}.", StringComparison.Ordinal));
        Assert.Equal((day, true), (one.Text("start"), one.GetProperty("allDay").GetBoolean()));
        Assert.StartsWith("One-on-one: Lena", one.Text("summary"), StringComparison.Ordinal);
        Assert.NotEqual(JsonValueKind.Null, one.GetProperty("stamp").ValueKind);
        Assert.Equal(uids.Count, uids.Distinct().Count());
        Assert.Equal(parsed.Text("timezone"), parsed.GetProperty("zones")[0].GetString());
    }

    [Fact]
    public async Task The_same_feed_read_twice_keeps_its_event_uids()
    {
        using var lena = _factory.CreateClientAs("lena");
        var path = (await MakeFeedAsync(lena)).Text("path");
        using var anonymous = _factory.CreateAnonymousClient();

        var first = await anonymous.GetStringAsync(path);
        var second = await anonymous.GetStringAsync(path);

        static string[] Uids(string ics) => [.. ics.Split("\r\n").Where(l => l.StartsWith("UID:", StringComparison.Ordinal))];
        Assert.NotEmpty(Uids(first));
        Assert.Equal(Uids(first), Uids(second));
    }

    [Fact]
    public async Task A_revoked_replaced_or_made_up_address_is_a_plain_404()
    {
        using var lena = _factory.CreateClientAs("lena");
        using var anonymous = _factory.CreateAnonymousClient();
        var old = (await MakeFeedAsync(lena)).Text("path");
        var current = (await MakeFeedAsync(lena)).Text("path");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(current)).StatusCode);

        var replaced = await anonymous.GetAsync(old);
        var madeUp = await anonymous.GetAsync("/calendar/gpcal_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
        var notOurs = await anonymous.GetAsync("/calendar/gp_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics");
        Assert.Equal(HttpStatusCode.NoContent, (await lena.DeleteAsync("/api/v1/me/calendar-feed")).StatusCode);
        var revoked = await anonymous.GetAsync(current);

        foreach (var response in new[] { replaced, madeUp, notOurs, revoked })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            // The same answer for each (only the request's trace id differs): nothing says which kind of wrong it was.
            Assert.Equal(WithoutTrace(await madeUp.Content.ReadAsStringAsync()), WithoutTrace(await response.Content.ReadAsStringAsync()));
        }
        Assert.False((await lena.GetOkAsync("/api/v1/me/calendar-feed")).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task An_admin_revokes_a_persons_feed_and_makes_them_a_new_one()
    {
        using var lena = _factory.CreateClientAs("lena");
        using var anonymous = _factory.CreateAnonymousClient();
        var path = (await MakeFeedAsync(lena)).Text("path");
        var lenaId = (await lena.GetOkAsync("/api/v1/me")).GetProperty("person_id").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync($"/api/v1/people/{lenaId}/calendar-feed")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        var made = await (await _admin.PostAsync($"/api/v1/people/{lenaId}/calendar-feed", null)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(made.Text("path"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lena.DeleteAsync($"/api/v1/people/{lenaId}/calendar-feed")).StatusCode);
    }

    [NodeFact]
    public async Task A_review_downloads_as_an_ics_file_that_ical_js_reads()
    {
        var demo = await DemoPlan.LoadAsync(_admin);
        var review = demo.Details.GetProperty("reviews")[0];

        var response = await _admin.GetAsync($"{demo.Url}/reviews/{review.Id()}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"review-{review.Id()}.ics", response.Content.Headers.ContentDisposition?.FileName);
        var events = (await IcalJs.ParseAsync(await response.Content.ReadAsStringAsync())).GetProperty("events");
        Assert.Equal(1, events.GetArrayLength());
        Assert.Equal(review.Text("date"), events[0].Text("start"));
    }

    private static string WithoutTrace(string body) => System.Text.RegularExpressions.Regex.Replace(body, "\"trace_id\":\"[^\"]*\"", "");

    private static async Task<JsonElement> MakeFeedAsync(HttpClient client) =>
        await (await client.PostAsync("/api/v1/me/calendar-feed", null)).ExpectAsync(HttpStatusCode.Created);
}
