using Gameplan.Core.Teams;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;

namespace Gameplan.Core.Tests.Teams;

public sealed class TeamCommandsTests
{
    [DbFact]
    public async Task Teams_form_a_tree_without_cycles()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new TeamCommands(db);
        var sales = await commands.CreateAsync(new TeamRequest { Name = "Sales" });
        var east = (await new TeamQueries(db).ListAsync()).Single(t => t.Name == "East");
        await commands.UpdateAsync(east.Id, new TeamRequest { Name = "East", Parent = "Sales" });

        var cycle = await Assert.ThrowsAsync<DomainRuleException>(() => commands.UpdateAsync(sales.Id, new TeamRequest { Name = "Sales", Parent = "East" }));

        Assert.Equal("parent", cycle.Field);
        Assert.Equal("Sales", (await new TeamQueries(db).GetAsync(east.Id)).Parent);
    }

    [DbFact]
    public async Task A_team_with_members_cannot_be_deleted()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var east = (await new TeamQueries(db).ListAsync()).Single();

        var error = await Assert.ThrowsAsync<DomainRuleException>(() => new TeamCommands(db).DeleteAsync(east.Id));

        Assert.Contains("members", error.Message);
        Assert.Equal(3, east.Members);
    }
}
