using System.Net;
using System.Net.Http.Headers;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Gameplan.Web.Tests.Pages;
using Gameplan.Web.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gameplan.Web.Tests.Home;

/// <summary>The admin's home: each thing to fix with its fixing link, gone once fixed; only admins, only their own organisation's.</summary>
public sealed class SetupHealthPageTests : IDisposable
{
    private readonly GameplanWebFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_demo_as_seeded_lacks_only_its_outgoing_e_mail()
    {
        var html = await _factory.BrowserClient().GetPageAsync("/home/setup");

        Assert.Contains("<h1>Setup health</h1>", html, StringComparison.Ordinal);
        Assert.Contains("1 thing to fix.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/organization/email\"", PageForms.Element(html, "email", "section"), StringComparison.Ordinal);
        foreach (var section in new[] { "without-account", "without-email", "teams-without-manager", "without-team", "failed-imports", "webhooks" })
        {
            Assert.Contains("All good", PageForms.Element(html, section, "section"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_admin_sees_each_thing_to_fix_by_name_with_its_link_and_a_fixed_one_is_gone()
    {
        var api = _factory.CreateClient();
        var nora = (await api.CreateAsync("/api/v1/people", new { handle = "nora", name = "Nora Quinn", role = "rep" })).Id();
        await api.CreateAsync("/api/v1/teams", new { name = "Inside Sales" });
        await AddFailedImportAsync(_factory, "alex", "october-calls.csv", "Line 3: 'yesterday' is not a date (YYYY-MM-DD).");
        var alex = _factory.BrowserClient();

        var html = await alex.GetPageAsync("/home/setup");

        Assert.Contains("6 things to fix.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{nora}/edit#account\" class=\"setup-fix\">Give an account<span class=\"visually-hidden\"> to Nora Quinn</span>", PageForms.Element(html, "without-account", "section"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{nora}/edit#Input_Email\"", PageForms.Element(html, "without-email", "section"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/people/{nora}/edit#Input_Team\"", PageForms.Element(html, "without-team", "section"), StringComparison.Ordinal);
        var teams = PageForms.Element(html, "teams-without-manager", "section");
        Assert.Contains("Inside Sales", teams, StringComparison.Ordinal);
        Assert.Contains("href=\"/people/new?team=Inside%20Sales&role=manager\"", teams, StringComparison.Ordinal);
        Assert.DoesNotContain("Mid-Market", teams, StringComparison.Ordinal);
        var imports = PageForms.Element(html, "failed-imports", "section");
        Assert.Contains("october-calls.csv", imports, StringComparison.Ordinal);
        Assert.Contains("by Alex Moreau", imports, StringComparison.Ordinal);
        Assert.Contains("Line 3: 'yesterday' is not a date (YYYY-MM-DD).", imports, StringComparison.Ordinal);
        Assert.Contains("href=\"/activities/import\"", imports, StringComparison.Ordinal);
        // The team's link opens a new manager's form for that team.
        var newManager = await alex.GetPageAsync("/people/new?team=Inside%20Sales&role=manager");
        Assert.Matches("<option selected=\"selected\" value=\"Manager\">", newManager);
        Assert.Matches("<option selected=\"selected\" value=\"Inside Sales\">", newManager);

        (await alex.SubmitAsync($"/people/{nora}/edit",
        [
            ("Input.Name", "Nora Quinn"), ("Input.Handle", "nora"), ("Input.Role", "Rep"), ("Input.Team", "Mid-Market"),
            ("Input.CapacityHoursPerWeek", "40"), ("Input.Active", "true"), ("Input.Email", "nora@northwind.example"),
        ])).ExpectRedirect();

        var after = await alex.GetPageAsync("/home/setup");
        Assert.Contains("4 things to fix.", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Nora Quinn", PageForms.Element(after, "without-email", "section"), StringComparison.Ordinal);
        Assert.DoesNotContain("Nora Quinn", PageForms.Element(after, "without-team", "section"), StringComparison.Ordinal);
        Assert.Contains("Nora Quinn", PageForms.Element(after, "without-account", "section"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rosa")]
    [InlineData("omar")]
    [InlineData("lena")]
    public async Task Only_an_admin_opens_the_setup_health(string handle)
    {
        using var client = Browser(_factory.TokenFor(handle));

        var response = await client.GetAsync("/home/setup");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Another_organisations_gaps_never_show_and_its_admin_sees_only_her_own()
    {
        var vera = Browser(await RivalOrganization.AddAsync(_factory));
        await vera.CreateAsync("/api/v1/people", new { handle = "ghost", name = "Rival Ghost", role = "rep" });
        await vera.CreateAsync("/api/v1/teams", new { name = "Rival Team" });
        await AddFailedImportAsync(_factory, "vera", "rival-calls.csv", "Rival's file was unreadable.");
        await _factory.CreateClient().CreateAsync("/api/v1/people", new { handle = "nora", name = "Nora Quinn", role = "rep" });

        var alexs = await _factory.BrowserClient().GetPageAsync("/home/setup");
        var veras = await vera.GetPageAsync("/home/setup");

        foreach (var theirs in new[] { "Rival Ghost", "Rival Team", "rival-calls.csv", "Vera Rival" })
        {
            Assert.DoesNotContain(theirs, alexs, StringComparison.Ordinal);
            Assert.Contains(theirs, veras, StringComparison.Ordinal);
        }
        Assert.Contains("Nora Quinn", alexs, StringComparison.Ordinal);
        Assert.DoesNotContain("Nora Quinn", veras, StringComparison.Ordinal);
        Assert.DoesNotContain("Mid-Market", veras, StringComparison.Ordinal);
    }

    private HttpClient Browser(string token)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>An upload by <paramref name="handle"/>'s account that failed with <paramref name="error"/>, as the import's holder records it.</summary>
    internal static async Task AddFailedImportAsync(GameplanWebFactory factory, string handle, string fileName, string error)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<GameplanDbContext>();
        db.UseAllOrganizations();
        var account = await db.Users.Join(db.People, u => u.PersonId, p => p.Id, (u, p) => new { u.Id, u.OrganizationId, p.Handle }).SingleAsync(a => a.Handle == handle);
        db.OrganizationScope = account.OrganizationId;
        var id = Guid.NewGuid().ToString("N");
        var commands = new ActivityImportJobCommands(db, TimeProvider.System);
        Assert.True(await commands.CreateAsync(new ActivityImportJob(id, account.OrganizationId, account.Id, fileName, 2048, "the generic columns", "{}", "test-holder", DateTimeOffset.UtcNow), long.MaxValue));
        Assert.True(await commands.FailAsync(id, "test-holder", error));
    }
}
