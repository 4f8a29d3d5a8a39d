using Gameplan.Core.Data;
using Gameplan.Domain.Activities;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Activities;

/// <summary>
/// Migrates an empty database and seeds the organisation the generated CSV names: reps
/// <c>rep00000</c>.. in teams of 50 (<c>Team 001</c>..) and the five metrics. Ids come out in
/// the same order as handles, so rep r has the r-th person id.
/// </summary>
public static class OrganizationSeeder
{
    public const string OrganizationName = "Bench Field Sales";

    /// <summary>Returns the organisation's id, left in scope on <paramref name="db"/>.</summary>
    public static async Task<int> SeedAsync(GameplanDbContext db, int reps)
    {
        await GameplanDatabase.MigrateAsync(db);
        db.UseAllOrganizations();
        var organization = new Organization(OrganizationName);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        db.OrganizationScope = organization.Id;

        var teams = Enumerable.Range(0, (reps + BenchOptions.TeamSize - 1) / BenchOptions.TeamSize)
            .Select(t => new Team(organization.Id, $"Team {t + 1:000}")).ToList();
        db.Teams.AddRange(teams);
        db.Metrics.AddRange(ActivityCsvGenerator.Metrics.Select(m => new Metric(organization.Id, m.Name, m.Unit)));
        await db.SaveChangesAsync();
        // One SaveChanges per team keeps EF's change tracker small and ids in handle order.
        for (var t = 0; t < teams.Count; t++)
        {
            var members = Enumerable.Range(t * BenchOptions.TeamSize, Math.Min(BenchOptions.TeamSize, reps - t * BenchOptions.TeamSize));
            db.People.AddRange(members.Select(r => new Person(organization.Id, ActivityCsvGenerator.Handle(r), $"Rep {r:00000}", PersonRole.Rep, teams[t].Id, 40)));
            await db.SaveChangesAsync();
        }
        db.ChangeTracker.Clear();
        return organization.Id;
    }

    /// <summary>The organisation a previous step seeded, put in scope.</summary>
    public static async Task<int> ScopeAsync(GameplanDbContext db)
    {
        db.UseAllOrganizations();
        var id = await db.Organizations.Where(o => o.Name == OrganizationName).Select(o => o.Id).SingleAsync();
        db.OrganizationScope = id;
        return id;
    }
}
