using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.People;

namespace Gameplan.Core.Tests.People;

public sealed class PeopleCommandsTests
{
    [DbFact]
    public async Task A_person_is_added_to_a_team_and_changed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new PeopleCommands(db);

        var created = await commands.CreateAsync(new PersonRequest { Handle = "Eva", Name = "Eva Lind", Role = PersonRole.Rep, Team = "East", CapacityHoursPerWeek = 32 });
        var changed = await commands.UpdateAsync(created.Id, new PersonRequest { Handle = "eva", Name = "Eva Lind-Berg", Role = PersonRole.Manager, Team = null, Active = false });

        Assert.Equal(("eva", "East", 32m), (created.Handle, created.Team, created.CapacityHoursPerWeek));
        Assert.Equal(("Eva Lind-Berg", PersonRole.Manager, null, false), (changed.Name, changed.Role, changed.Team, changed.Active));
    }

    [DbFact]
    public async Task A_taken_handle_is_refused_naming_the_handle()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
            new PeopleCommands(db).CreateAsync(new PersonRequest { Handle = "ana", Name = "Another Ana" }));

        Assert.Equal("handle", error.Field);
    }

    [DbFact]
    public async Task A_person_named_in_a_plan_cannot_be_deleted_but_one_never_named_can()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        await new GoalCommands(db, Seeded.Clock).CreateAsync(plan.Id, new GoalRequest { Title = "Grow", Dri = "ana" });
        var people = (await new PeopleQueries(db).ListAsync()).ToDictionary(p => p.Handle, p => p.Id);

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => new PeopleCommands(db).DeleteAsync(people["ana"]));
        db.ChangeTracker.Clear();
        await new PeopleCommands(db).DeleteAsync(people["ben"]);

        Assert.Contains("deactivate", error.Message);
        Assert.Equal(["ana", "dana"], (await new PeopleQueries(db).ListAsync()).Select(p => p.Handle).Order());
    }
}
