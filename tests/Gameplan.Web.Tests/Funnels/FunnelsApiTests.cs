using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Funnels;

/// <summary>/api/v1/plans/{id}/funnel (and /model), /api/v1/organization/funnel and /api/v1/teams/{id}/funnel.</summary>
public sealed class FunnelsApiTests : IDisposable
{
    private const string Organization = "/api/v1/organization/funnel";

    private static readonly object Funnel = new
    {
        deal_value = 20_000,
        currency = "USD",
        cycle_days = 30,
        stages = new object[] { new { metric = "calls", rate = 0.2 }, new { metric = "meetings", rate = 0.5 }, new { metric = "demos_booked", rate = 0.25 }, new { metric = "new_customers" } },
    };

    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _admin;

    public FunnelsApiTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_plan_follows_the_organisations_funnel_until_it_sets_its_own_and_its_model_answers_in_snake_case()
    {
        var plan = await DemoPlan.LoadAsync(_admin);
        var url = $"{plan.Url}/funnel";
        Assert.Equal("organization", (await _admin.GetOkAsync(url)).Text("source"));

        var set = await _factory.CreateClientAs("rosa").PutOkAsync(url, Funnel);
        var read = await _factory.CreateClientAs("lena").GetOkAsync(url);

        Assert.Equal(set.ToString(), read.ToString());
        Assert.Equal(("plan", 0.2m), (read.Text("source"), read.GetProperty("funnel").GetProperty("stages")[0].GetProperty("rate").GetDecimal()));
        var model = await _admin.GetOkAsync($"{url}/model");
        var revenue = model.GetProperty("goals").EnumerateArray().Single(g => g.Text("id") == "g1");
        var stages = revenue.GetProperty("stages").EnumerateArray().ToList();
        var deals = revenue.GetProperty("deals").GetDecimal();
        Assert.Equal(Math.Ceiling(revenue.GetProperty("remaining").GetDecimal() / 20_000m), deals);
        Assert.Equal(Math.Ceiling(deals / 0.25m), stages[2].GetProperty("required").GetDecimal());
        Assert.Equal(JsonValueKind.Null, stages[0].GetProperty("committed").ValueKind);
        Assert.True(revenue.GetProperty("window").TryGetProperty("working_days", out _));
        Assert.True(stages[0].TryGetProperty("per_person_per_day", out _));
        Assert.NotEmpty(revenue.GetProperty("measured_rates").EnumerateArray());
        Assert.EndsWith(" USD", revenue.GetProperty("display").Text("remaining"), StringComparison.Ordinal);

        var whatIf = await _admin.GetOkAsync($"{url}/model?set=meetings.rate=0.25&set=people=8");
        var changed = whatIf.GetProperty("goals").EnumerateArray().Single(g => g.Text("id") == "g1").GetProperty("stages").EnumerateArray().ToList();
        Assert.Equal(2 * stages[1].GetProperty("required").GetDecimal(), changed[1].GetProperty("required").GetDecimal());
        Assert.Equal(8, changed[0].GetProperty("people").GetInt32());

        (await _admin.DeleteAsync(url)).EnsureSuccessStatusCode();
        Assert.Equal("organization", (await _admin.GetOkAsync(url)).Text("source"));
    }

    [Fact]
    public async Task Only_admins_and_executives_set_the_organisations_funnel_and_a_teams_manager_sets_the_teams()
    {
        var teams = await _admin.GetOkAsync("/api/v1/teams");
        var midMarket = teams.EnumerateArray().Single(t => t.Text("name") == "Mid-Market").Id();
        var enterprise = teams.EnumerateArray().Single(t => t.Text("name") == "Enterprise").Id();
        var omar = _factory.CreateClientAs("omar");

        await (await omar.PutAsJsonAsync(Organization, Funnel)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await omar.DeleteAsync(Organization)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await _factory.CreateClientAs("lena").PutAsJsonAsync($"/api/v1/teams/{midMarket}/funnel", Funnel)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await omar.PutAsJsonAsync($"/api/v1/teams/{enterprise}/funnel", Funnel)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        var team = await omar.PutOkAsync($"/api/v1/teams/{midMarket}/funnel", Funnel);

        Assert.Equal(("team", "Mid-Market"), (team.Text("source"), team.Text("team")));
        Assert.Equal("organization", (await omar.GetOkAsync($"/api/v1/teams/{enterprise}/funnel")).Text("source"));
        var organization = await _factory.CreateClientAs("rosa").PutOkAsync(Organization, Funnel);
        Assert.Equal(20_000m, organization.GetProperty("funnel").GetProperty("deal_value").GetDecimal());
        await (await _admin.GetAsync("/api/v1/teams/999999/funnel")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_funnels_and_what_ifs_are_refused_naming_the_field_and_a_stale_version_is_412()
    {
        var plan = await DemoPlan.LoadAsync(_admin);
        var url = $"{plan.Url}/funnel";

        await (await _admin.PutRawAsync(url, """{"deal_value": 100, "stages": [{"metric": "calls", "rate": 0.1}, {"metric": "meetings", "rate": 1.5}, {"metric": "deals"}]}"""))
            .ExpectFieldErrorAsync("funnel.stages[1].rate");
        await (await _admin.PutRawAsync(url, """{"deal_value": -5, "stages": []}""")).ExpectFieldErrorAsync("funnel.deal_value");
        await (await _admin.GetAsync($"{url}/model?set=emails.rate=0.3")).ExpectFieldErrorAsync("emails.rate");
        await (await _admin.GetAsync($"{url}/model?set=people=lots")).ExpectFieldErrorAsync("people");
        // A deal value so small that the volumes overflow: the money goal says so, naming the funnel; the other goals are still modelled.
        var overflow = await _admin.GetOkAsync($"{url}/model?set=deal_value=0.0000000000000000000000000001");
        var money = overflow.GetProperty("goals").EnumerateArray().Single(goal => goal.GetProperty("id").GetString() == "g1");
        Assert.Equal("funnel", money.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(0, money.GetProperty("stages").GetArrayLength());
        await (await _admin.GetAsync("/api/v1/plans/999999/funnel/model")).ExpectProblemAsync(HttpStatusCode.NotFound);

        var first = await _admin.PutOkAsync(Organization, Funnel);
        var version = first.GetProperty("funnel").GetProperty("version").GetInt32();
        await _admin.PutOkAsync(Organization, new { deal_value = 30_000, stages = new object[] { new { metric = "calls", rate = 0.1 }, new { metric = "deals" } }, version });
        await (await _admin.PutAsJsonAsync(Organization, new { deal_value = 40_000, stages = new object[] { new { metric = "calls", rate = 0.1 }, new { metric = "deals" } }, version }))
            .ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        await (await _admin.DeleteAsync($"{Organization}?version={version}")).ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(30_000m, (await _admin.GetOkAsync(Organization)).GetProperty("funnel").GetProperty("deal_value").GetDecimal());
    }
}
