using System.Net;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;

namespace Gameplan.Web.Tests.Plans;

public sealed class PlanOnePagerApiTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_reader_of_the_plan_downloads_it_as_a_markdown_one_pager_from_the_plan_page()
    {
        using var lena = _factory.CreateClientAs("lena");
        var demo = await DemoPlan.LoadAsync(lena);

        var page = await lena.GetPageAsync($"/plans/{demo.Id}");
        var response = await lena.GetAsync($"{demo.Url}/plan.md");
        var md = await response.Content.ReadAsStringAsync();

        Assert.Contains($"href=\"{demo.Url}/plan.md\" download=\"plan-{demo.Id}.md\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"# {demo.Details.Text("name")}\n", md, StringComparison.Ordinal);
        foreach (var goal in demo.Details.GetProperty("goals").EnumerateArray())
        {
            Assert.Contains($"| {goal.Text("key")}. {goal.Text("title")} |", md, StringComparison.Ordinal);
        }
        Assert.Contains("owner Rosa Delgado", md, StringComparison.Ordinal);
        Assert.Contains("## Risks", md, StringComparison.Ordinal);
        Assert.DoesNotContain("rosa", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_does_not_learn_the_plan_exists()
    {
        using var lena = _factory.CreateClientAs("lena");
        var demo = await DemoPlan.LoadAsync(lena);
        using var rival = _factory.CreateAnonymousClient();
        rival.DefaultRequestHeaders.Authorization = new("Bearer", await RivalOrganization.AddAsync(_factory));

        Assert.Equal(HttpStatusCode.NotFound, (await rival.GetAsync($"{demo.Url}/plan.md")).StatusCode);
    }
}
