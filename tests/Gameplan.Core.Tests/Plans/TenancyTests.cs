using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;

namespace Gameplan.Core.Tests.Plans;

public sealed class TenancyTests
{
    [DbFact]
    public async Task Another_organisations_plans_and_people_are_invisible_and_untouchable()
    {
        await using var database = await TestDatabase.CreateAsync();
        int foreignPlan;
        int foreignPerson;
        int mine;
        await using (var setup = await database.MigratedAsync())
        {
            var theirs = await Seeded.OrganizationAsync(setup, "Rival Inc");
            setup.OrganizationScope = theirs;
            foreignPlan = (await new PlanCommands(setup, Seeded.Clock).CreateAsync(Seeded.TeamPlan("Their secret plan"))).Id;
            foreignPerson = (await new PeopleQueries(setup).ListAsync()).First().Id;
            setup.UseAllOrganizations();
            mine = await Seeded.OrganizationAsync(setup, "Acme");
        }

        await using var db = database.Open(mine);

        Assert.Empty(await new PlanQueries(db).ListAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => new PlanQueries(db).GetAsync(foreignPlan));
        await Assert.ThrowsAsync<NotFoundException>(() => new GoalCommands(db, Seeded.Clock).CreateAsync(foreignPlan, new GoalRequest { Title = "Sabotage" }));
        await Assert.ThrowsAsync<NotFoundException>(() => new PeopleQueries(db).GetAsync(foreignPerson));
        Assert.DoesNotContain(await new PeopleQueries(db).ListAsync(), p => p.Id == foreignPerson);
    }

    [DbFact]
    public async Task A_handle_of_another_organisation_cannot_be_named_as_DRI()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var theirs = await Seeded.OrganizationAsync(db, "Rival Inc");
        db.OrganizationScope = theirs;
        await new PeopleCommands(db).CreateAsync(new PersonRequest { Handle = "spy", Name = "Sam Spy" });
        db.UseAllOrganizations();
        await Seeded.OrganizationAsync(db, "Acme");
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());

        var error = await Assert.ThrowsAsync<Domain.DomainRuleException>(() =>
            new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, new GoalRequest { Title = "Grow", Dri = "spy" }));

        Assert.Equal("dri", error.Field);
    }
}
