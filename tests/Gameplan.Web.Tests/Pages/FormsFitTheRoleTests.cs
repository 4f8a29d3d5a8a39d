using System.Text.RegularExpressions;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Pages;

/// <summary>
/// Forms fit the person filling them: a new plan starts as the plan their role makes, pickers offer only the
/// people they may hold to account, a commitment's metric suggests the organisation's metrics and asks before
/// adding a new one, and closing a plan asks first.
/// </summary>
public sealed partial class FormsFitTheRoleTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Theory]
    [InlineData("rosa", "Organization", "", "rosa", "Organization,Team,Person")]
    [InlineData("alex", "Organization", "", "alex", "Organization,Team,Person")]
    [InlineData("omar", "Team", "Mid-Market", "omar", "Team,Person")]
    [InlineData("lena", "Person", "", "lena", "Person")]
    public async Task A_new_plan_starts_as_the_plan_the_role_makes_owned_by_its_maker(string who, string scope, string team, string owner, string scopes)
    {
        var html = await _factory.CreateClientAs(who).GetPageAsync("/plans/new");

        Assert.Equal(scope, Selected(html, "Input_Scope"));
        Assert.Equal(team, Selected(html, "Input_Team"));
        Assert.Equal(owner, Selected(html, "Input_Owner"));
        Assert.Equal(scopes, string.Join(',', Options(html, "Input_Scope")));
    }

    [Fact]
    public async Task A_manager_picks_owners_and_teams_among_those_she_leads_and_a_rep_only_herself()
    {
        var omar = await _factory.CreateClientAs("omar").GetPageAsync("/plans/new");
        var lena = await _factory.CreateClientAs("lena").GetPageAsync("/plans/new");
        var rosa = await _factory.CreateClientAs("rosa").GetPageAsync("/plans/new");

        Assert.Equal(["", "lena", "mateo", "nia", "omar"], Options(omar, "Input_Owner").Order());
        Assert.Equal(["", "Mid-Market"], Options(omar, "Input_Team"));
        Assert.Equal(["", "lena"], Options(lena, "Input_Owner"));
        Assert.Contains("sofia", Options(rosa, "Input_Owner"));
        Assert.Contains("Enterprise", Options(rosa, "Input_Team"));
    }

    [Fact]
    public async Task A_manager_editing_her_teams_plan_keeps_an_owner_she_could_not_name_but_is_offered_no_one_else_outside_her_team()
    {
        var plan = await _factory.CreateClient().CreateAsync("/api/v1/plans", new
        {
            name = "Mid-Market H1",
            scope = "team",
            team = "Mid-Market",
            owner = "rosa",
            period = new { start = "2030-01-01", end = "2030-06-30" },
        });

        var html = await _factory.CreateClientAs("omar").GetPageAsync($"/plans/{plan.Id()}/edit");

        Assert.Equal("rosa", Selected(html, "Input_Owner"));
        Assert.Equal(["", "lena", "mateo", "nia", "omar", "rosa"], Options(html, "Input_Owner").Order());
    }

    [Fact]
    public async Task A_commitment_suggests_the_organisations_metrics_and_asks_before_adding_a_new_one()
    {
        var client = _factory.BrowserClient();
        var demo = await DemoPlan.LoadAsync(client);
        var form = $"/plans/{demo.Id}/tactics/{demo.Tactic("t10")}/commitments/new";
        (string, string)[] fields = [("Input.Unit", "count"), ("Input.Target", "3"), ("Input.Per", "Week"), ("Input.Assignees", "Owner")];

        var page = await client.GetPageAsync(form);
        Assert.Contains("list=\"known-metrics\"", Regex.Match(page, "<input[^>]*id=\"Input_Metric\"[^>]*>").Value);
        Assert.Contains("<option value=\"demos_booked\">Demos booked (count)</option>", page);

        var typo = await (await client.SubmitAsync(form, [("Input.Metric", "demo_booked"), .. fields])).ExpectFormAgainAsync();
        Assert.StartsWith("Metric: \"demo_booked\" is not one of the organisation's metrics yet.", PageForms.MessageBeside(typo, "Input.Metric"));
        Assert.Contains("name=\"NewMetric\" value=\"true\"", typo);
        Assert.Equal(0, MetricsNamed("demo_booked"));

        (await client.SubmitAsync(form, [("Input.Metric", "demo_booked"), ("NewMetric", "true"), .. fields])).ExpectRedirect();
        Assert.Equal(1, MetricsNamed("demo_booked"));

        (await client.SubmitAsync(form, [("Input.Metric", "Demos_Booked"), .. fields])).ExpectRedirect();
    }

    [Fact]
    public async Task Closing_an_active_plan_asks_first()
    {
        var client = _factory.BrowserClient();
        var demo = await DemoPlan.LoadAsync(client);

        var html = await client.GetPageAsync($"/plans/{demo.Id}");

        Assert.Matches("<form[^>]*hx-confirm=\"Close this plan\\?[^\"]*\"[^>]*>\\s*(<input[^>]*>\\s*)*<button type=\"submit\" name=\"to\" value=\"Close\"", html);
    }

    private int MetricsNamed(string name)
    {
        using var db = _factory.OpenDatabase();
        return db.Metrics.Count(m => m.Name == name);
    }

    private static string Selected(string html, string id) =>
        Regex.Match(Select(html, id), "<option[^>]*selected=\"selected\"[^>]*value=\"([^\"]*)\"|<option value=\"([^\"]*)\"[^>]*selected=\"selected\"") is { Success: true } m
            ? m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value
            : "";

    private static List<string> Options(string html, string id) =>
        [.. Regex.Matches(Select(html, id), "<option[^>]*value=\"([^\"]*)\"").Select(m => m.Groups[1].Value)];

    private static string Select(string html, string id) =>
        Regex.Match(html, $"<select[^>]*id=\"{id}\"[^>]*>(.*?)</select>", RegexOptions.Singleline).Groups[1].Value;
}
