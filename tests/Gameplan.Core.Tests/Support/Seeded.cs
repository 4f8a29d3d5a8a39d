using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Support;

/// <summary>A small organisation (one team, a manager and two reps) to plan with.</summary>
public static class Seeded
{
    public static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero));

    public static async Task<int> OrganizationAsync(GameplanDbContext db, string name = "Acme Field Sales")
    {
        var scope = db.OrganizationScope;
        db.UseAllOrganizations();
        var organization = new Organization(name);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        var team = new Team(organization.Id, "East");
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        db.People.AddRange(
            new Person(organization.Id, "dana", "Dana Reyes", PersonRole.Manager, team.Id, 40),
            new Person(organization.Id, "ana", "Ana Silva", PersonRole.Rep, team.Id, 40),
            new Person(organization.Id, "ben", "Ben Okafor", PersonRole.Rep, team.Id, 40));
        await db.SaveChangesAsync();
        db.OrganizationScope = scope ?? organization.Id;
        return organization.Id;
    }

    /// <summary>The seeded person <paramref name="handle"/> as the access rules see them.</summary>
    public static async Task<Actor> ActorAsync(GameplanDbContext db, string handle)
    {
        var person = await db.People.SingleAsync(p => p.Handle == handle);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.ParentTeamId);
        return Actor.For(person.Id, person.Role, person.TeamId, teams);
    }

    public static PlanRequest TeamPlan(string name = "East 2027") => new()
    {
        Name = name,
        Scope = Domain.Plans.PlanScope.Team,
        Team = "East",
        Owner = "dana",
        Period = new PeriodInput { Start = new DateOnly(2027, 1, 1), End = new DateOnly(2027, 12, 31) },
        Drafted = new DateOnly(2026, 9, 20),
        Mission = "Help regional clinics get paid faster.",
    };
}
