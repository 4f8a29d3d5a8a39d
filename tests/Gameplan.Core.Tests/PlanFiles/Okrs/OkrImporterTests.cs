using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.PlanFiles.Okrs;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.PlanFiles.Okrs;

/// <summary>OKR documents stored as draft plans, read against the organisation's teams and people.</summary>
public sealed class OkrImporterTests
{
    private const string Sales = """
        # FY2027 Sales OKRs

        ## Win the mid-market segment in the north-east through partner referrals (Dana Reyes)
        - Sign 40 new mid-market logos by Q3 (Sales)
        - Grow partner-sourced pipeline from $1M to $2.5M (Sales)
          - Initiative: Run two partner webinars per month (Sales)
          - Initiative: Refresh the referral agreement by March 31 (Legal)
        """;

    [DbFact]
    public async Task An_okr_document_becomes_a_draft_plan_of_the_team_its_functions_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await OrganizationAsync(database);

        var (read, imported) = await new OkrImporter(db, Seeded.Clock).ImportAsync(Sales, "fy2027.md");

        Assert.NotNull(imported);
        db.ChangeTracker.Clear();
        Assert.Equal(PlanStatus.Draft, (await db.Plans.SingleAsync(p => p.Id == imported.PlanId)).Status);
        var plan = (await new PlanFileExporter(db).ExportAsync(imported.PlanId)).Plan;
        Assert.Equal(("FY2027 Sales OKRs", "team", "Sales"), (plan.Name, plan.Scope, plan.Team));
        Assert.Equal(2, plan.Goals.Count(g => g.Target is not null));
        var strategy = Assert.Single(plan.Strategies);
        Assert.Equal(["dana"], strategy.Dri);
        Assert.Equal("team", strategy.Tactics.Single(t => t.Action!.StartsWith("Run two partner webinars", StringComparison.Ordinal)).Owner);
        Assert.Null(strategy.Tactics.Single(t => t.Action!.StartsWith("Refresh", StringComparison.Ordinal)).Owner);
        Assert.Contains(read.Warnings, w => w.Message.StartsWith("'Legal' owns", StringComparison.Ordinal));
        Assert.Equal(1, await db.People.CountAsync(p => p.Handle == "dana"));
    }

    [DbFact]
    public async Task A_document_that_cannot_be_read_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await OrganizationAsync(database);

        var (read, imported) = await new OkrImporter(db, Seeded.Clock).ImportAsync("Key Result,Owner\nSign 10 logos,ana\n", "okrs.csv");

        Assert.Null(imported);
        Assert.Contains("no objective column", Assert.Single(read.Errors).Message, StringComparison.Ordinal);
        Assert.False(await db.Plans.AnyAsync());
    }

    private static async Task<GameplanDbContext> OrganizationAsync(TestDatabase database)
    {
        var db = await database.MigratedAsync();
        var organization = new Organization("Northwind Clinics");
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        db.OrganizationScope = organization.Id;
        db.Teams.Add(new Team(organization.Id, "Sales"));
        db.People.Add(new Person(organization.Id, "dana", "Dana Reyes", PersonRole.Manager, null, 40));
        await db.SaveChangesAsync();
        return db;
    }
}
