using System.Net;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

/// <summary>The measurements section of a goal's edit page (demo g2: 0 to 140 new clinic customers).</summary>
public sealed class GoalMeasurementsPageTests : IDisposable
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public GoalMeasurementsPageTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_goal_page_shows_its_measurements_and_its_progress_with_the_formula_of_the_api()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var goalId = demo.Goal("g1");

        var html = await _client.GetPageAsync($"/plans/{demo.Id}/goals/{goalId}/edit");

        var api = await _client.GetOkAsync($"/api/v1/goals/{goalId}/measurements");
        var section = PageForms.Element(html, "measurements", "section");
        Assert.Contains(api.GetProperty("progress").Text("formula"), section);
        Assert.Equal(2, api.GetProperty("measurements").GetArrayLength());
        foreach (var m in api.GetProperty("measurements").EnumerateArray())
        {
            Assert.Contains($"id=\"measurement-{m.Id()}\"", section);
        }
        Assert.Contains("Finance's month-end ARR.", section);
        Assert.Contains("name=\"Measurement.Value\"", section);
    }

    [Fact]
    public async Task A_measurement_posted_with_the_form_is_stored_and_the_browser_comes_back_to_the_section()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var goalId = demo.Goal("g2");
        var form = $"/plans/{demo.Id}/goals/{goalId}/edit";

        var location = (await _client.SubmitAsync(form, [("Measurement.Date", Today), ("Measurement.Value", "35"), ("Measurement.Note", "From the CRM")], "Measurement")).ExpectRedirect();

        Assert.Equal($"{form}#measurements", location);
        var page = await _client.GetPageAsync(location);
        Assert.Contains("(35 - 0) / (140 - 0) = 0.25", PageForms.Element(page, "measurements", "section"));
        var measurement = Assert.Single((await _client.GetOkAsync($"/api/v1/goals/{goalId}/measurements")).GetProperty("measurements").EnumerateArray());
        Assert.Equal((35m, "From the CRM"), (measurement.GetProperty("value").GetDecimal(), measurement.Text("note")));
    }

    [Fact]
    public async Task An_htmx_post_answers_with_the_section_only_and_a_bad_value_is_shown_beside_its_field()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var form = $"/plans/{demo.Id}/goals/{demo.Goal("g2")}/edit";
        var token = PageForms.TokenIn(await _client.GetPageAsync(form));

        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd");
        var refused = await HtmxPostAsync(form, "Measurement", token, [("Measurement.Date", future), ("Measurement.Value", "12")]);
        var recorded = await HtmxPostAsync(form, "Measurement", token, [("Measurement.Date", Today), ("Measurement.Value", "14")]);

        Assert.StartsWith("<section id=\"measurements\"", refused.TrimStart());
        Assert.Contains("future", PageForms.MessageBeside(refused, "Measurement.Date"));
        Assert.DoesNotContain("<html", recorded);
        Assert.Contains("(14 - 0) / (140 - 0) = 0.1", recorded);
        Assert.Equal(1, (await _client.GetOkAsync($"/api/v1/goals/{demo.Goal("g2")}/measurements")).GetProperty("measurements").GetArrayLength());
    }

    [Fact]
    public async Task Deleting_a_measurement_from_the_section_removes_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var goalId = demo.Goal("g1");
        var form = $"/plans/{demo.Id}/goals/{goalId}/edit";
        var first = (await _client.GetOkAsync($"/api/v1/goals/{goalId}/measurements")).GetProperty("measurements")[0].Id();

        (await _client.SubmitAsync(form, [("measurementId", first.ToString(System.Globalization.CultureInfo.InvariantCulture))], "DeleteMeasurement")).ExpectRedirect();

        var left = (await _client.GetOkAsync($"/api/v1/goals/{goalId}/measurements")).GetProperty("measurements");
        Assert.DoesNotContain(first, left.EnumerateArray().Select(m => m.Id()));
        Assert.Equal(1, left.GetArrayLength());
    }

    [Fact]
    public async Task A_rep_who_only_reads_the_plan_may_not_open_the_goal_page_nor_post_a_measurement_to_it()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        using var lena = _factory.CreateClientAs("lena");
        var form = $"/plans/{demo.Id}/goals/{demo.Goal("g2")}/edit";

        var page = await lena.GetAsync(form);
        var post = await lena.PostAsync($"{form}?handler=Measurement", new FormUrlEncodedContent([new("Measurement.Date", Today), new("Measurement.Value", "99")]));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (page.StatusCode, post.StatusCode));
        Assert.Equal(0, (await _client.GetOkAsync($"/api/v1/goals/{demo.Goal("g2")}/measurements")).GetProperty("measurements").GetArrayLength());
    }

    private async Task<string> HtmxPostAsync(string form, string handler, string token, (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{form}?handler={handler}")
        {
            Content = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token))),
        };
        request.Headers.Add("HX-Request", "true");
        var response = await _client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"htmx POST answered {(int)response.StatusCode}: {html}");
        return WebUtility.HtmlDecode(html);
    }
}
