using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Search;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tests.Plans;

public sealed class PlanListQueriesTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    [DbFact]
    public async Task Each_filter_narrows_the_list_and_the_count_of_visible_plans_stays()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var world = await SearchWorld.CreateAsync(db);
        await new PlanCommands(db, Seeded.Clock).TransitionAsync(world.EastPlan, PlanTransition.Submit);
        var lastYear = (await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan("East 2026") with
        {
            Period = new PeriodInput { Start = new DateOnly(2026, 1, 1), End = new DateOnly(2026, 12, 31) },
        })).Id;
        var next = (await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan("East 2028") with
        {
            Period = new PeriodInput { Start = new DateOnly(2028, 1, 1), End = new DateOnly(2028, 12, 31) },
        })).Id;
        var ben = db.People.Single(p => p.Handle == "ben").Id;
        var east = db.Teams.Single(t => t.Name == "East").Id;
        var list = new PlanListQueries(db);

        async Task<int[]> Ids(PlanListFilter filter) => [.. (await list.ListAsync(null, filter, Today)).Plans.Select(p => p.Id).Order()];

        Assert.Equal([world.EastPlan], await Ids(new() { Status = PlanStatus.InReview }));
        Assert.Equal([world.OrganizationPlan], await Ids(new() { Scope = PlanScope.Organization }));
        Assert.Equal([world.EastPlan, lastYear, next], await Ids(new() { TeamId = east }));
        Assert.Equal([world.BenPlan], await Ids(new() { OwnerId = ben }));
        Assert.Equal([lastYear], await Ids(new() { Period = PlanPeriodFilter.Past }));
        Assert.Equal([next], await Ids(new() { Period = PlanPeriodFilter.Upcoming }));
        Assert.Equal([lastYear], await Ids(new() { Period = "2026" }));
        Assert.Equal([world.EastPlan], await Ids(new() { Period = PlanPeriodFilter.Current, TeamId = east, Status = PlanStatus.InReview }));
        var all = await list.ListAsync(null, new() { Period = PlanPeriodFilter.Current }, Today);
        Assert.Equal((4, 6), (all.Plans.Count, all.Visible));
        Assert.Equal([2028, 2027, 2026], all.Choices.Years);
        Assert.Equal([PlanStatus.Draft, PlanStatus.InReview], all.Choices.Statuses);
    }

    [DbFact]
    public async Task A_rep_is_offered_and_shown_only_the_plans_teams_and_owners_she_may_read()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var world = await SearchWorld.CreateAsync(db);
        var ana = await Seeded.ActorAsync(db, "ana");
        var west = db.Teams.Single(t => t.Name == "West").Id;

        var list = await new PlanListQueries(db).ListAsync(ana, new PlanListFilter(), Today);
        var westOnly = await new PlanListQueries(db).ListAsync(ana, new PlanListFilter { TeamId = west }, Today);

        Assert.Equal([world.OrganizationPlan, world.EastPlan], list.Plans.Select(p => p.Id).Order());
        Assert.Equal(2, list.Visible);
        Assert.Equal(["East"], list.Choices.Teams.Select(t => t.Name));
        Assert.Equal(["Dana Reyes"], list.Choices.Owners.Select(o => o.Name));
        Assert.Equal([PlanScope.Organization, PlanScope.Team], list.Choices.Scopes);
        Assert.Empty(westOnly.Plans);
    }

    [DbFact]
    public async Task An_unknown_period_is_refused_on_its_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => new PlanListQueries(db).ListAsync(null, new PlanListFilter { Period = "99999" }, Today));

        Assert.Equal("period", error.Field);
        Assert.False(PlanPeriodFilter.IsValid("0001"));
        Assert.True(PlanPeriodFilter.IsValid("2027"));
    }
}
