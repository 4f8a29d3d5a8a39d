using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Core.Teams;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tests.Search;

/// <summary>
/// The seeded organisation (East: dana manages, ana and ben are reps) plus a West team with its rep wes, and
/// four plans: the organisation's, East's, West's and ben's own, each with a goal, a strategy and a tactic.
/// </summary>
internal sealed record SearchWorld(int Organization, int OrganizationPlan, int EastPlan, int WestPlan, int BenPlan)
{
    public static async Task<SearchWorld> CreateAsync(GameplanDbContext db)
    {
        var organization = await Seeded.OrganizationAsync(db);
        await new TeamCommands(db).CreateAsync(new TeamRequest { Name = "West" });
        await new PeopleCommands(db).CreateAsync(new PersonRequest { Handle = "wes", Name = "Wes Müller", Team = "West", Email = "wes.mueller@example.com" });
        var plans = new PlanCommands(db, Seeded.Clock);
        var year = new PeriodInput { Start = new DateOnly(2027, 1, 1), End = new DateOnly(2027, 12, 31) };
        var organizationPlan = (await plans.CreateAsync(Seeded.TeamPlan("Acme 2027") with { Scope = PlanScope.Organization, Team = null, Owner = null })).Id;
        var east = (await plans.CreateAsync(Seeded.TeamPlan("East 2027"))).Id;
        var west = (await plans.CreateAsync(Seeded.TeamPlan("West secret 2027") with { Team = "West", Owner = null, Period = year })).Id;
        var ben = (await plans.CreateAsync(Seeded.TeamPlan("Ben secret 2027") with { Scope = PlanScope.Person, Team = null, Owner = "ben" })).Id;
        await ElementsAsync(db, organizationPlan, "Grow clinic revenue", "Own the clinic market", "Publish clinic case studies");
        await ElementsAsync(db, east, "Double clinic renewals", "Win back lapsed clinics", "Call every clinic in Ohio");
        await ElementsAsync(db, west, "Win the secret clinic deal", "Secret clinic outreach", "Visit the secret clinic");
        await ElementsAsync(db, ben, "Close my secret clinic deal", "Secret clinic follow-up", "Call the secret clinic list");
        db.ChangeTracker.Clear();
        return new SearchWorld(organization, organizationPlan, east, west, ben);
    }

    public static async Task ElementsAsync(GameplanDbContext db, int planId, string goal, string strategy, string tactic)
    {
        await new GoalCommands(db, Seeded.Clock).CreateAsync(planId, new GoalRequest { Title = goal });
        var made = await new StrategyCommands(db, Seeded.Clock).CreateAsync(planId, new StrategyRequest { Statement = strategy });
        await new TacticCommands(db, Seeded.Clock).CreateAsync(planId, made.Id, new TacticRequest { Action = tactic });
    }
}
