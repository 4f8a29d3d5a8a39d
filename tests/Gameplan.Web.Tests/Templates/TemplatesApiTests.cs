using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Templates;

/// <summary>Templates through the API: listed with their source, read with their text, made into plans as the caller, and the organisation's own.</summary>
public sealed class TemplatesApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();
    private readonly HttpClient _client;

    public TemplatesApiTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_rep_makes_her_territory_plan_under_the_organisation_s_strategy_for_the_open_cycle()
    {
        var demo = await DemoPlan.LoadAsync(_client);
        var cycle = (await _client.GetOkAsync("/api/v1/cycles"))[0];
        var lena = _factory.CreateClientAs("lena");

        var plan = await lena.CreateAsync("/api/v1/templates/rep-territory/plans",
            new { parent = new { plan = demo.Id.ToString(CultureInfo.InvariantCulture), strategy = "s1" } });

        Assert.Equal(("person", "lena", "draft"), (plan.Text("scope"), plan.Text("owner"), plan.Text("status")));
        Assert.Equal((cycle.Text("period_start"), cycle.Text("period_end")), (plan.GetProperty("period").Text("start"), plan.GetProperty("period").Text("end")));
        Assert.Equal(("s1", demo.Id), (plan.GetProperty("parent").Text("strategy"), plan.GetProperty("parent").GetProperty("plan_id").GetInt32()));
        Assert.Equal(2, plan.GetProperty("goals").GetArrayLength());
        Assert.StartsWith("TODO:", plan.Text("mission"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_makes_from_a_template_a_plan_they_may_not_own_or_names_people_and_teams_that_do_not_exist()
    {
        var lena = _factory.CreateClientAs("lena");

        var teamPlan = await lena.PostAsJsonAsync("/api/v1/templates/team-plan/plans", new { team = "Enterprise" });
        var othersPlan = await lena.PostAsJsonAsync("/api/v1/templates/rep-territory/plans", new { person = "mateo" });
        var nobody = await _client.PostAsJsonAsync("/api/v1/templates/rep-territory/plans", new { person = "zoe" });
        var noTeam = await _client.PostAsJsonAsync("/api/v1/templates/team-plan/plans", new { person = "omar", team = "Atlantis" });
        var noTemplate = await _client.PostAsJsonAsync("/api/v1/templates/quota-magic/plans", new { });

        await teamPlan.ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains(othersPlan.StatusCode, new[] { HttpStatusCode.Forbidden, HttpStatusCode.BadRequest });
        if (othersPlan.StatusCode == HttpStatusCode.BadRequest)
        {
            await othersPlan.ExpectFieldErrorAsync("owner");
        }
        Assert.Contains("zoe", (await nobody.ExpectFieldErrorAsync("person"))[0], StringComparison.Ordinal);
        Assert.Contains("Atlantis", (await noTeam.ExpectFieldErrorAsync("team"))[0], StringComparison.Ordinal);
        await noTemplate.ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_organisation_s_own_template_is_listed_after_the_built_in_ones_read_and_removed_by_an_admin()
    {
        var text = (await _client.GetOkAsync("/api/v1/templates/rep-territory")).Text("text");

        var added = await _client.PostAsJsonAsync("/api/v1/templates", new { name = "clinic-territory", title = "A clinic rep's territory", scope = "person", fits = new[] { "rep" }, text });
        var list = await _client.GetOkAsync("/api/v1/templates");
        var read = await _client.GetOkAsync("/api/v1/templates/clinic-territory");
        var managerRemoves = await _factory.CreateClientAs("omar").DeleteAsync("/api/v1/templates/clinic-territory");

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("/api/v1/templates/clinic-territory", added.Headers.Location?.ToString());
        Assert.Equal(("rep-territory", "built_in"), (list[0].Text("name"), list[0].Text("source")));
        Assert.Equal(("clinic-territory", "organization"), (list[list.GetArrayLength() - 1].Text("name"), list[list.GetArrayLength() - 1].Text("source")));
        Assert.Equal(["name", "title", "description", "scope", "fits", "source"], list[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(text.Trim(), read.Text("text"));
        Assert.StartsWith("alex", read.Text("added_by"), StringComparison.Ordinal);
        await managerRemoves.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await _client.DeleteAndExpectGoneAsync("/api/v1/templates/clinic-territory");
    }

    [Fact]
    public async Task An_upload_by_a_rep_is_forbidden_and_a_bad_one_is_refused_naming_the_field()
    {
        var text = (await _client.GetOkAsync("/api/v1/templates/team-plan")).Text("text");

        var byRep = await _factory.CreateClientAs("lena").PostAsJsonAsync("/api/v1/templates", new { });
        var shadows = await _client.PostAsJsonAsync("/api/v1/templates", new { name = "team-plan", title = "Ours", scope = "team", fits = new[] { "manager" }, text });
        var unreadable = await _client.PostAsJsonAsync("/api/v1/templates", new { name = "ours", title = "Ours", scope = "team", fits = new[] { "manager" }, text = text.Replace("  owner: {{person}}", "  owner: [{{person}}]", StringComparison.Ordinal) });
        var removeBuiltIn = await _client.DeleteAsync("/api/v1/templates/team-plan");

        await byRep.ExpectProblemAsync(HttpStatusCode.Forbidden);
        await shadows.ExpectFieldErrorAsync("name");
        Assert.Contains("line 8", (await unreadable.ExpectFieldErrorAsync("text"))[0], StringComparison.Ordinal);
        await removeBuiltIn.ExpectFieldErrorAsync("name");
    }
}
