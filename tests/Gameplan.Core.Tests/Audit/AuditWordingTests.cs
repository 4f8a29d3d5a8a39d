using System.Text.RegularExpressions;
using Gameplan.Core.Audit;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Audit;

/// <summary>The history speaks the product's words: names for ids, labels for fields, settings field by field, never a record dump.</summary>
public sealed partial class AuditWordingTests
{
    [DbFact]
    public async Task A_new_plan_s_history_names_its_team_and_owner_and_shows_its_dates_as_on_the_page()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());

        var created = Assert.Single(await new AuditQueries(db).ForPlanAsync(plan.Id));

        Assert.Contains(new AuditChange("team", null, "East"), created.Changed);
        Assert.Contains(new AuditChange("owner", null, "Dana Reyes"), created.Changed);
        Assert.Contains(new AuditChange("period start", null, "1 Jan 2027"), created.Changed);
        Assert.Contains(new AuditChange("scope", null, "team"), created.Changed);
        AssertReadable(created);
    }

    [DbFact]
    public async Task Changed_settings_are_told_field_by_field_with_their_unit()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new PlanCommands(db, Seeded.Clock);
        var plan = await commands.CreateAsync(Seeded.TeamPlan() with { Settings = new PlanningSettingsInput { PlanningWindowDays = 90, WorkingDays = ["mon", "tue"] } });

        await commands.UpdateAsync(plan.Id, Seeded.TeamPlan() with { Settings = new PlanningSettingsInput { PlanningWindowDays = 60, WorkingDays = ["mon", "tue", "wed"] } });

        var changed = (await new AuditQueries(db).ForPlanAsync(plan.Id))[0];
        Assert.Equal("changed", changed.Action);
        Assert.Equal(
            [new AuditChange("planning window", "90 days", "60 days"), new AuditChange("working days", "mon, tue", "mon, tue, wed")],
            changed.Changed);
        AssertReadable(changed);
    }

    [DbFact]
    public async Task A_person_moved_to_another_team_reads_by_team_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        db.Teams.Add(new Team(organization, "West"));
        await db.SaveChangesAsync();
        var ana = await db.People.SingleAsync(p => p.Handle == "ana");

        await new PeopleCommands(db).UpdateAsync(ana.Id, new PersonRequest { Handle = "ana", Name = "Ana Silva", Role = Domain.People.PersonRole.Rep, Team = "West", CapacityHoursPerWeek = 40 });

        var moved = (await new AuditQueries(db).ForPersonAsync(ana.Id))[0];
        Assert.Equal([new AuditChange("team", "East", "West")], moved.Changed);
    }

    [DbFact]
    public async Task Older_lines_with_a_settings_dump_and_raw_ids_read_in_words_too()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        var plan = await new PlanCommands(db, Seeded.Clock).CreateAsync(Seeded.TeamPlan());
        var east = await db.Teams.SingleAsync(t => t.Name == "East");
        const string Dump = "PlanningSettings {{ PlanningWindowDays = {0}, MaxStrategies = , WorkingDays = System.Collections.Generic.List`1[System.String], Rollup = weighted }}";
        var changes = $$"""{"Settings":[["{{string.Format(null, Dump, 90)}}","{{string.Format(null, Dump, 60)}}"]],"TeamId":[[null,"{{east.Id}}"]],"Kind":[["Strategic","OneOnOne"]]}""";
        db.AuditLog.Add(new AuditEntry(organization, Seeded.Clock.GetUtcNow(), "dana (Dana Reyes)", "changed", "plan", plan.Id, plan.Id, "OneOnOne review on 2026-11-20", changes));
        await db.SaveChangesAsync();

        var old = (await new AuditQueries(db).ForPlanAsync(plan.Id))[0];

        Assert.Equal([new AuditChange("planning window", "90 days", "60 days"), new AuditChange("team", null, "East"), new AuditChange("kind", "strategic", "one on one")], old.Changed);
        AssertReadable(old);
    }

    private static void AssertReadable(AuditLine line)
    {
        foreach (var change in line.Changed)
        {
            var text = change.ToString();
            Assert.DoesNotContain("{", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Gameplan.", text, StringComparison.Ordinal);
            Assert.DoesNotMatch(CodeName(), change.Field);
        }
    }

    // Field names as stored (TeamId, owner_id, PeriodStart): a label is lower-case words.
    [GeneratedRegex("[a-z][A-Z]|_|Id$|^[A-Z][a-z]")]
    private static partial Regex CodeName();
}
