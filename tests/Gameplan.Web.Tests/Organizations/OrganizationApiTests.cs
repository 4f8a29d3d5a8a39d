using System.Net;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Organizations;

/// <summary>/api/v1/organization/settings, and how the organisation's and a plan's settings steer the critique.</summary>
public sealed class OrganizationApiTests : IDisposable
{
    private const string Settings = "/api/v1/organization/settings";

    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _admin;

    public OrganizationApiTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_new_organisation_sets_nothing_and_an_admin_replaces_its_settings()
    {
        var before = await _admin.GetOkAsync(Settings);
        Assert.All(before.EnumerateObject().Where(f => f.Name is not ("time_zone" or "reapproval" or "fiscal_year_start_month" or "check_in_day" or "date_locale" or "on_track_percent" or "at_risk_percent")), field => Assert.Equal(JsonValueKind.Null, field.Value.ValueKind));
        Assert.Equal(("UTC", "goals_and_strategies", "friday", "default"), (before.Text("time_zone"), before.Text("reapproval"), before.Text("check_in_day"), before.Text("date_locale")));
        // The demo's fiscal year starts in the month its plan does; every organisation has one (January until chosen).
        Assert.InRange(before.GetProperty("fiscal_year_start_month").GetInt32(), 1, 12);

        var saved = await _admin.PutOkAsync(Settings, new
        {
            planning_window_days = 120,
            max_strategies = 3,
            working_days = new[] { "thu", "mon", "tue", "wed" },
            holidays = new[] { "2027-12-24", "2027-01-01" },
            rollup = "weakest",
            check_in_day = "monday",
        });

        var read = await _factory.CreateClientAs("lena").GetOkAsync(Settings);
        Assert.Equal("monday", read.Text("check_in_day"));
        Assert.Equal(saved.ToString(), read.ToString());
        Assert.Equal(120, read.GetProperty("planning_window_days").GetInt32());
        Assert.Equal(["mon", "tue", "wed", "thu"], read.GetProperty("working_days").Strings());
        Assert.Equal(["2027-01-01", "2027-12-24"], read.GetProperty("holidays").Strings());
        Assert.Equal("weakest", read.Text("rollup"));
        Assert.Equal(JsonValueKind.Null, read.GetProperty("tactical_review_days").ValueKind);
    }

    [Fact]
    public async Task An_admin_chooses_which_changes_send_an_approved_plan_back_to_review_and_leaving_it_out_keeps_the_rule()
    {
        await _admin.PutOkAsync(Settings, new { reapproval = "any" });
        var kept = await _admin.PutOkAsync(Settings, new { max_strategies = 4 });

        Assert.Equal("any", kept.Text("reapproval"));
        Assert.Equal("none", (await _admin.PutOkAsync(Settings, new { reapproval = "none" })).Text("reapproval"));
    }

    [Theory]
    [InlineData("""{"max_strategies": 0}""", "max_strategies")]
    [InlineData("""{"tactical_review_days": 400}""", "tactical_review_days")]
    [InlineData("""{"working_days": ["mon", "funday"]}""", "working_days")]
    [InlineData("""{"rollup": "median"}""", "rollup")]
    [InlineData("""{"reapproval": "sometimes"}""", "reapproval")]
    [InlineData("""{"holidays": ["christmas"]}""", "holidays[0]")]
    [InlineData("""{"max_strategy": 3}""", "max_strategy")]
    [InlineData("""{"time_zone": "Mars/Olympus_Mons"}""", "time_zone")]
    [InlineData("""{"time_zone": "Pacific Standard Time"}""", "time_zone")]
    [InlineData("""{"date_locale": "xx-NOPE"}""", "date_locale")]
    public async Task A_bad_setting_is_a_400_naming_the_field_and_changes_nothing(string body, string field)
    {
        await _admin.PutOkAsync(Settings, new { max_strategies = 4 });

        await (await _admin.PutRawAsync(Settings, body)).ExpectFieldErrorAsync(field);

        Assert.Equal(4, (await _admin.GetOkAsync(Settings)).GetProperty("max_strategies").GetInt32());
    }

    [Fact]
    public async Task An_admin_sets_the_time_zone_and_a_later_put_without_it_keeps_it()
    {
        var saved = await _admin.PutOkAsync(Settings, new { time_zone = "Pacific/Auckland" });
        var kept = await _admin.PutOkAsync(Settings, new { max_strategies = 4 });

        Assert.Equal("Pacific/Auckland", saved.Text("time_zone"));
        Assert.Equal("Pacific/Auckland", kept.Text("time_zone"));
        Assert.Equal("Pacific/Auckland", (await _factory.CreateClientAs("lena").GetOkAsync(Settings)).Text("time_zone"));
    }

    [Theory]
    [InlineData("rosa")]
    [InlineData("lena")]
    public async Task Only_an_admin_changes_the_settings(string handle)
    {
        var response = await _factory.CreateClientAs(handle).PutRawAsync(Settings, """{"max_strategies": 2}""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await _admin.GetOkAsync(Settings)).GetProperty("max_strategies").ValueKind);
    }

    [Fact]
    public async Task The_organisation_setting_steers_the_critique_and_a_plan_setting_overrides_it()
    {
        var demo = await DemoPlan.LoadAsync(_admin);
        var strategies = demo.Details.GetProperty("strategies").GetArrayLength();
        Assert.DoesNotContain("GP401", await RulesAsync(demo));

        await _admin.PutOkAsync(Settings, new { max_strategies = strategies - 1 });
        Assert.Contains("GP401", await RulesAsync(demo));

        var plan = await _admin.PutOkAsync(demo.Url, WithSettings(demo.Details, new { max_strategies = strategies }));
        Assert.Equal(strategies, plan.GetProperty("settings").GetProperty("max_strategies").GetInt32());
        Assert.DoesNotContain("GP401", await RulesAsync(demo));
    }

    [Fact]
    public async Task A_bad_plan_setting_is_a_400_naming_the_field_inside_settings()
    {
        var demo = await DemoPlan.LoadAsync(_admin);

        var response = await _admin.PutRawAsync(demo.Url, JsonSerializer.Serialize(WithSettings(demo.Details, new { working_days = new[] { "someday" } })));

        await response.ExpectFieldErrorAsync("settings.working_days");
    }

    private async Task<List<string>> RulesAsync(DemoPlan demo) =>
        [.. (await _admin.GetOkAsync($"{demo.Url}/critique?today=2027-02-01")).GetProperty("findings").EnumerateArray().Select(f => f.Text("rule"))];

    /// <summary>The plan's header as a PUT body (read-only fields left out), with these settings.</summary>
    private static Dictionary<string, object?> WithSettings(JsonElement plan, object settings)
    {
        var header = new[] { "name", "scope", "team", "owner", "period", "drafted", "mission", "background", "customer", "desired_results" };
        var body = plan.EnumerateObject().Where(p => header.Contains(p.Name)).ToDictionary(p => p.Name, p => (object?)p.Value);
        body["settings"] = settings;
        return body;
    }
}
