using System.Text.Json;
using Gameplan.Core.Demo;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Plans;

public sealed class PlansListCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Listing_from_the_database_prints_one_line_per_plan_with_id_status_period_and_name()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var result = await Cli.RunAsync("plans", "list", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal("", result.Error);
        await using var db = _database.Open();
        // The demo's plan for this year, then next year's planning cycle (a company plan, team plans and the reps' plans).
        var plan = await db.Plans.SingleAsync(p => p.Name == "FY2028 Sales Plan");
        Assert.Equal(await db.Plans.CountAsync(), result.OutputLines.Count());
        Assert.Contains($"{plan.Id}  active     2027-02-01..2028-01-31  FY2028 Sales Plan", result.OutputLines);
        Assert.Contains(result.OutputLines, l => l.EndsWith("  in_review  2028-02-01..2029-01-31  FY2029 Enterprise Plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Listing_from_the_database_as_json_uses_the_apis_snake_case_spelling()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        var result = await Cli.RunAsync("plans", "list", "--db", _database.Path, "--format", "json");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var plan = Assert.Single(json.RootElement.EnumerateArray(), p => p.GetProperty("name").GetString()!.EndsWith(" Sales Plan", StringComparison.Ordinal));
        Assert.Equal("FY2028 Sales Plan", plan.GetProperty("name").GetString());
        Assert.Equal("active", plan.GetProperty("status").GetString());
        Assert.Equal("organization", plan.GetProperty("scope").GetString());
        Assert.Equal("2027-02-01", plan.GetProperty("period_start").GetString());
        Assert.Equal("2028-01-31", plan.GetProperty("period_end").GetString());
        Assert.True(plan.GetProperty("goals").GetInt32() > 0);
    }

    [Fact]
    public async Task With_several_organisations_the_database_listing_names_them_until_one_is_chosen()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);
        await using (var db = _database.Open())
        {
            db.Organizations.Add(new Organization("Acme Ltd"));
            await db.SaveChangesAsync();
        }

        var unchosen = await Cli.RunAsync("plans", "list", "--db", _database.Path);
        var acme = await Cli.RunAsync("plans", "list", "--db", _database.Path, "--organization", "Acme Ltd");
        var demo = await Cli.RunAsync("plans", "list", "--db", _database.Path, "--organization", DemoOrganization.Name);
        var unknown = await Cli.RunAsync("plans", "list", "--db", _database.Path, "--organization", "Initech");

        Assert.Equal(ExitCodes.Failure, unchosen.ExitCode);
        Assert.Equal($"error: the database has several organisations; choose one with --organization NAME: 'Acme Ltd', '{DemoOrganization.Name}'.", Assert.Single(unchosen.ErrorLines));
        Assert.Equal(ExitCodes.Success, acme.ExitCode);
        Assert.Equal(["No plans."], acme.OutputLines);
        Assert.Contains(demo.OutputLines, line => line.EndsWith("FY2028 Sales Plan", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Failure, unknown.ExitCode);
        Assert.Contains("there is no organisation named 'Initech'", unknown.Error);
    }

    [Fact]
    public async Task A_database_file_that_does_not_exist_is_reported_not_created()
    {
        var result = await Cli.RunAsync("plans", "list", "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains($"the database file {_database.Path} does not exist", result.Error);
        Assert.Contains("gameplan migrate", result.Error);
        Assert.False(File.Exists(_database.Path));
    }

    [Fact]
    public async Task Listing_from_an_empty_database_says_there_is_no_organisation_yet()
    {
        await Cli.RunAsync("migrate", "--db", _database.Path);

        var result = await Cli.RunAsync("plans", "list", "--db", _database.Path);

        Assert.Equal(ExitCodes.Failure, result.ExitCode);
        Assert.Contains("the database has no organisation yet", result.Error);
    }
}
