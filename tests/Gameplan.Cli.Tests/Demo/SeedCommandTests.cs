using Gameplan.Core.Demo;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Cli.Tests.Demo;

public sealed class SeedCommandTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Seeding_the_demo_into_a_new_file_migrates_it_and_creates_the_organisation_with_its_plan()
    {
        var result = await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith($"Seeded the demo organisation '{DemoOrganization.Name}'", StringComparison.Ordinal));
        await using var db = _database.Open();
        var organization = await db.Organizations.SingleAsync();
        Assert.Equal(DemoOrganization.Name, organization.Name);
        var plan = await db.Plans.Include(p => p.Goals).SingleAsync(p => p.OrganizationId == organization.Id && p.Scope == PlanScope.Organization && p.Name.EndsWith(" Sales Plan"));
        // The plan follows the injected clock: on 15 March 2027 it runs from 1 February 2027 to 31 January 2028.
        Assert.Equal("FY2028 Sales Plan", plan.Name);
        Assert.Equal(new DateOnly(2027, 2, 1), plan.PeriodStart);
        Assert.NotEmpty(plan.Goals);
        Assert.Equal(10, await db.People.CountAsync(p => p.OrganizationId == organization.Id));
    }

    [Fact]
    public async Task Seeding_twice_keeps_one_demo_organisation()
    {
        await Cli.RunAsync("seed", "--demo", "--db", _database.Path);
        int plans;
        await using (var before = _database.Open())
        {
            plans = await before.Plans.CountAsync();
        }

        var second = await Cli.RunAsync("seed", "--demo", "--db", _database.Path);

        Assert.Equal(ExitCodes.Success, second.ExitCode);
        Assert.Contains(second.OutputLines, line => line.Contains("is already present", StringComparison.Ordinal));
        await using var db = _database.Open();
        Assert.Equal(1, await db.Organizations.CountAsync());
        Assert.Equal(plans, await db.Plans.CountAsync());
    }

    [Fact]
    public async Task Seeding_without_saying_what_is_a_usage_error_that_touches_no_database()
    {
        var result = await Cli.RunAsync("seed", "--db", _database.Path);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("gameplan seed --demo", result.Error);
        Assert.False(File.Exists(_database.Path));
    }
}
