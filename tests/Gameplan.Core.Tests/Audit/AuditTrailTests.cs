using System.Text.Json;
using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Audit;

public sealed class AuditTrailTests
{
    [DbFact]
    public async Task Creating_changing_and_deleting_plan_elements_is_recorded_with_who_and_what()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        db.AuditActor = "dana (Dana Reyes)";
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var goals = new GoalCommands(db, Seeded.Clock);
        var goal = await goals.CreateAsync(plan.Id, new GoalRequest { Title = "Reach 80 clinics", Target = 80 });
        await goals.UpdateAsync(plan.Id, goal.Id, new GoalRequest { Title = "Reach 90 clinics", Target = 90 });
        await new StrategyCommands(db, Seeded.Clock).CreateAsync(plan.Id, new StrategyRequest { Statement = "Win multi-site clinics.", Goals = ["g1"] });
        await goals.DeleteAsync(plan.Id, goal.Id);

        var lines = await db.AuditLog.Where(a => a.PlanId == plan.Id).OrderBy(a => a.Id).ToListAsync();

        Assert.Equal(
            [("plan", "created"), ("goal", "created"), ("goal", "changed"), ("strategy", "created")],
            lines.Take(4).Select(l => (l.EntityType, l.Action)));
        Assert.Equal([("goal", "deleted"), ("strategy", "changed")], lines.Skip(4).Select(l => (l.EntityType, l.Action)).Order());
        Assert.All(lines, l => Assert.Equal("dana (Dana Reyes)", l.Actor));
        var change = JsonSerializer.Deserialize<Dictionary<string, string?[][]>>(lines[2].Changes)!;
        Assert.Equal(new string?[] { "Reach 80 clinics", "Reach 90 clinics" }, change["Title"][0]);
        Assert.Equal(new string?[] { "80", "90" }, change["Target"][0]);
        Assert.Equal(goal.Id, lines[2].EntityId);
        var unlinked = JsonSerializer.Deserialize<Dictionary<string, string?[][]>>(lines.Single(l => l.EntityType == "strategy" && l.Action == "changed").Changes)!;
        Assert.Equal(new string?[] { "g1", null }, unlinked["goals"][0]);
    }

    [DbFact]
    public async Task People_changes_are_recorded_and_a_failed_save_records_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var before = await db.AuditLog.CountAsync();
        var people = new PeopleCommands(db);

        var eva = await people.CreateAsync(new PersonRequest { Handle = "eva", Name = "Eva Lind" });
        await Assert.ThrowsAsync<Domain.DomainRuleException>(() => people.CreateAsync(new PersonRequest { Handle = "eva", Name = "Eva Twin" }));

        var lines = await db.AuditLog.Skip(before).ToListAsync();
        var line = Assert.Single(lines);
        Assert.Equal(("person", "created", eva.Id, "Eva Lind (eva)"), (line.EntityType, line.Action, line.EntityId, line.Summary));
    }
}
