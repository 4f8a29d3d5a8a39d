using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Organizations;

/// <summary>The admin's critique settings page and the plan form's own settings.</summary>
public sealed class SettingsPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public SettingsPageTests() => _client = _factory.BrowserClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task An_admin_saves_the_settings_and_sees_them_again()
    {
        var location = (await _client.SubmitAsync("/organization/settings",
        [
            ("Input.MaxStrategies", "3"), ("Input.TacticalReviewDays", "7"), ("Input.WorkingDays", "mon"), ("Input.WorkingDays", "wed"),
            ("HolidayDates", "2027-12-24\n2027-01-01"), ("Input.Rollup", "average"),
        ])).ExpectRedirect();

        Assert.Equal("/organization/settings", location);
        var api = await _factory.CreateClient().GetOkAsync("/api/v1/organization/settings");
        Assert.Equal((3, 7, "average"), (api.GetProperty("max_strategies").GetInt32(), api.GetProperty("tactical_review_days").GetInt32(), api.Text("rollup")));
        Assert.Equal(["mon", "wed"], api.GetProperty("working_days").Strings());
        var html = await _client.GetPageAsync(location);
        Assert.Contains("2027-01-01, 2027-12-24</textarea>", html);
        Assert.Matches("<input type=\"checkbox\" name=\"Input.WorkingDays\" value=\"wed\" checked", html);
        Assert.DoesNotMatch("<input type=\"checkbox\" name=\"Input.WorkingDays\" value=\"tue\" checked", html);
        Assert.Contains("(default: 90)", html);
    }

    [Fact]
    public async Task An_admin_chooses_which_changes_to_an_approved_plan_need_approval_again()
    {
        Assert.Matches("<option value=\"GoalsAndStrategies\" selected", await _client.GetPageAsync("/organization/settings"));

        (await _client.SubmitAsync("/organization/settings", [("Input.Reapproval", "Any")])).ExpectRedirect();

        Assert.Equal("any", (await _factory.CreateClient().GetOkAsync("/api/v1/organization/settings")).Text("reapproval"));
        Assert.Matches("<option value=\"Any\" selected", await _client.GetPageAsync("/organization/settings"));
    }

    [Fact]
    public async Task An_admin_sees_the_time_zone_changes_it_and_a_wrong_one_is_shown_beside_its_field()
    {
        Assert.Contains("value=\"UTC\"", await _client.GetPageAsync("/organization/settings"));

        var refused = await (await _client.SubmitAsync("/organization/settings", [("Input.TimeZone", "Atlantis/Capital")])).ExpectFormAgainAsync();
        (await _client.SubmitAsync("/organization/settings", [("Input.TimeZone", "America/Los_Angeles")])).ExpectRedirect();

        Assert.Contains("Europe/Berlin", PageForms.MessageBeside(refused, "Input.TimeZone"));
        Assert.Contains("value=\"America/Los_Angeles\"", await _client.GetPageAsync("/organization/settings"));
        Assert.Equal("America/Los_Angeles", (await _factory.CreateClient().GetOkAsync("/api/v1/organization/settings")).Text("time_zone"));
    }

    [Fact]
    public async Task An_admin_chooses_how_days_read_and_every_page_writes_them_so()
    {
        var demo = await DemoPlan.LoadAsync(_factory.CreateClient());
        var start = DateOnly.Parse(demo.Details.GetProperty("period").Text("start"), System.Globalization.CultureInfo.InvariantCulture);
        string Us(DateOnly day) => day.ToString("MMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture);
        string Own(DateOnly day) => day.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(Own(start), await _client.GetPageAsync($"/plans/{demo.Id}"));
        Assert.Contains("<option selected=\"selected\" value=\"default\">Gameplan's own: 31 Mar 2027</option>", await _client.GetPageAsync("/organization/settings"));

        (await _client.SubmitAsync("/organization/settings", [("Input.DateLocale", "en-US")])).ExpectRedirect();

        // The plan's header (its period) as lena reads it; the history keeps the words it was written in.
        var header = PageForms.Part(await _factory.CreateClientAs("lena").GetPageAsync($"/plans/{demo.Id}"), "<hgroup", "</hgroup>");
        Assert.Contains(Us(start), header);
        Assert.DoesNotContain(Own(start), header);
        Assert.Contains("<option selected=\"selected\" value=\"en-US\">en-US: Mar 31, 2027</option>", await _client.GetPageAsync("/organization/settings"));
        Assert.Equal("en-US", (await _factory.CreateClient().GetOkAsync("/api/v1/organization/settings")).Text("date_locale"));

        (await _client.SubmitAsync("/organization/settings", [("Input.DateLocale", "default")])).ExpectRedirect();
        Assert.Contains(Own(start), await _client.GetPageAsync($"/plans/{demo.Id}"));
    }

    [Theory]
    [InlineData("Input.MaxStrategies", "0", "Input.MaxStrategies")]
    [InlineData("HolidayDates", "2027-01-01, christmas", "Input.Holidays")]
    [InlineData("Input.Rollup", "median", "Input.Rollup")]
    public async Task A_bad_value_is_shown_beside_its_field_and_nothing_is_saved(string name, string value, string field)
    {
        var html = await (await _client.SubmitAsync("/organization/settings", [(name, value), ("Input.PlanningWindowDays", "100")])).ExpectFormAgainAsync();

        Assert.NotEmpty(PageForms.MessageBeside(html, field));
        Assert.Contains("value=\"100\"", html);
        var api = await _factory.CreateClient().GetOkAsync("/api/v1/organization/settings");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, api.GetProperty("planning_window_days").ValueKind);
    }

    [Fact]
    public async Task The_page_is_for_admins_only()
    {
        using var executive = new GameplanWebFactory(signedInAs: "rosa");
        var response = await executive.BrowserClient().GetAsync("/organization/settings");

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_plan_form_keeps_the_plan_own_settings_and_shows_what_empty_ones_fall_back_to()
    {
        var plan = await NewPlanAsync();
        await _factory.CreateClient().PutOkAsync("/api/v1/organization/settings", new { planning_window_days = 120 });
        Assert.Contains("(organisation: 120)", await _client.GetPageAsync($"/plans/{plan}/edit"));

        (await _client.SubmitAsync($"/plans/{plan}/edit", [.. Header, ("Input.Settings.MaxStrategies", "9"), ("HolidayDates", "none")])).ExpectRedirect();

        var settings = (await _factory.CreateClient().GetOkAsync($"/api/v1/plans/{plan}")).GetProperty("settings");
        Assert.Equal(9, settings.GetProperty("max_strategies").GetInt32());
        Assert.Empty(settings.GetProperty("holidays").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, settings.GetProperty("planning_window_days").ValueKind);
        Assert.Contains("none</textarea>", await _client.GetPageAsync($"/plans/{plan}/edit"));
    }

    [Fact]
    public async Task A_bad_plan_setting_is_shown_beside_its_field()
    {
        var plan = await NewPlanAsync();

        var html = await (await _client.SubmitAsync($"/plans/{plan}/edit", [.. Header, ("Input.Settings.TacticalReviewDays", "999")])).ExpectFormAgainAsync();

        Assert.NotEmpty(PageForms.MessageBeside(html, "Input.Settings.TacticalReviewDays"));
        Assert.Contains("value=\"999\"", html);
    }

    private static readonly (string, string)[] Header =
        [("Input.Name", "Enterprise FY plan"), ("Input.Scope", "Team"), ("Input.Team", "Enterprise"), ("Input.Owner", "grace"), ("Input.Period.Start", "2030-01-01"), ("Input.Period.End", "2030-12-31")];

    private async Task<int> NewPlanAsync() =>
        int.Parse((await _client.SubmitAsync("/plans/new", Header)).ExpectRedirect().Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Pace_thresholds_are_saved_and_a_bad_one_is_refused_beside_its_field()
    {
        Assert.Matches("name=\"Input.OnTrackPercent\" value=\"100\"", await _client.GetPageAsync("/organization/settings"));

        var refused = await (await _client.SubmitAsync("/organization/settings", [("Input.OnTrackPercent", "90"), ("Input.AtRiskPercent", "95")])).ExpectFormAgainAsync();
        var range = await (await _client.SubmitAsync("/organization/settings", [("Input.OnTrackPercent", "250")])).ExpectFormAgainAsync();
        (await _client.SubmitAsync("/organization/settings", [("Input.OnTrackPercent", "95"), ("Input.AtRiskPercent", "70")])).ExpectRedirect();

        Assert.Contains("must be below the on-track threshold", PageForms.MessageBeside(refused, "Input.AtRiskPercent"));
        Assert.NotEmpty(PageForms.MessageBeside(range, "Input.OnTrackPercent"));
        var api = await _factory.CreateClient().GetOkAsync("/api/v1/organization/settings");
        Assert.Equal((95, 70), (api.GetProperty("on_track_percent").GetInt32(), api.GetProperty("at_risk_percent").GetInt32()));
    }
}
