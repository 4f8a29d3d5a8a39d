using System.Net;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Fuzzing;

/// <summary>
/// The hostile values the API fuzzing uses, posted through the forms a browser sends and put in page
/// addresses: each is shown beside its field or refused, never a 500; an element opened through a
/// plan it does not belong to is not found.
/// </summary>
public sealed class PageFuzzTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public PageFuzzTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    public static TheoryData<string, string, string> HostileForms => new()
    {
        { "/plans/new", "Input.Period.End", "9999-12-31" },
        { "/plans/new", "Input.Period.Start", "0001-01-01" },
        { "/plans/{plan}/edit", "Input.Drafted", "0001-01-01" },
        { "/plans/{plan}/goals/new", "Input.Weight", "2147483648" },
        { "/plans/{plan}/goals/new", "Input.Due", "9999-12-31" },
        { "/plans/{plan}/goals/new", "Input.Target", "9223372036854775808" },
        { "/plans/{plan}/strategies/{s1}/tactics/new", "Input.EffortHours", "2147483648" },
        { "/plans/{plan}/strategies/{s1}/tactics/new", "Input.Due", "9999-12-31" },
        { "/plans/{plan}/reviews/new", "Input.Date", "0001-01-01" },
        { "/people/new", "Input.CapacityHoursPerWeek", "2147483648" },
        { "/plans/{plan}/template", "Input.Name", "Ünïcödé ../name" },
        { "/plans/{plan}/template", "Input.Title", new string('x', 201) },
    };

    [Theory]
    [MemberData(nameof(HostileForms))]
    public async Task A_hostile_value_in_a_form_is_shown_again_beside_its_field(string form, string field, string value)
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var url = form.Replace("{plan}", demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{s1}", demo.Strategy("s1").ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var fields = new List<(string, string)>
        {
            ("Input.Name", "Hostile plan"), ("Input.Scope", "Organization"), ("Input.Owner", "rosa"),
            ("Input.Period.Start", "2027-01-01"), ("Input.Period.End", "2027-12-31"),
            ("Input.Title", "Hostile goal"), ("Input.Action", "Call ten clinics a day."), ("Input.Kind", "Tactical"), ("Input.Date", "2027-02-01"),
            ("Input.Handle", "hostile"), ("Input.Name", "Hostile Person"), ("Input.Role", "Rep"),
        };
        fields.RemoveAll(f => f.Item1 == field);
        fields.Add((field, value));

        var response = await _client.SubmitAsync(url, fields);

        var html = await response.ExpectFormAgainAsync();
        Assert.NotEmpty(PageForms.MessageBeside(html, field));
    }

    [Theory]
    [InlineData("/plans/{plan}/pace?today=0001-01-01")]
    [InlineData("/plans/{plan}/pace?today=9999-12-31")]
    [InlineData("/pace?today=0001-01-01")]
    [InlineData("/teams/{team}/pace?today=9999-12-31")]
    public async Task A_pace_page_asked_for_a_day_off_the_calendar_says_today_is_out_of_range(string page)
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var team = (await _client.GetOkAsync("/api/v1/teams")).EnumerateArray().First().Id();
        var url = page.Replace("{plan}", demo.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{team}", team.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("today", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Element_pages_opened_through_a_plan_they_do_not_belong_to_are_not_found()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = (await _client.GetOkAsync(await DemoPlan.CreateOtherPlanAsync(_client))).Id();
        var pages = new[]
        {
            $"/plans/{other}/goals/{demo.Goal("g1")}/edit",
            $"/plans/{other}/strategies/{demo.Strategy("s1")}/edit",
            $"/plans/{other}/strategies/{demo.Strategy("s1")}/tactics/new",
            $"/plans/{other}/tactics/{demo.Tactic("t1")}/edit",
            $"/plans/{other}/tactics/{demo.Tactic("t1")}/commitments/new",
            $"/plans/{other}/commitments/{demo.Commitment("t1", "prospecting_minutes")}/edit",
            $"/plans/{other}/reviews/{demo.OneOnOneReview()}/edit",
        };

        foreach (var page in pages)
        {
            var response = await _client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"GET {page} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_measurement_posted_through_another_plan_is_not_found_and_not_recorded()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var other = (await _client.GetOkAsync(await DemoPlan.CreateOtherPlanAsync(_client))).Id();
        var measurements = $"/api/v1/goals/{demo.Goal("g1")}/measurements";
        var before = (await _client.GetOkAsync(measurements)).GetProperty("measurements").GetArrayLength();
        var token = PageForms.TokenIn(await _client.GetPageAsync($"/plans/{demo.Id}/goals/{demo.Goal("g1")}/edit"));

        var response = await _client.PostAsync($"/plans/{other}/goals/{demo.Goal("g1")}/edit?handler=Measurement", new FormUrlEncodedContent(
        [
            new("Measurement.Date", "2026-01-05"), new("Measurement.Value", "7"), new("__RequestVerificationToken", token),
        ]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, (await _client.GetOkAsync(measurements)).GetProperty("measurements").GetArrayLength());
    }
}
