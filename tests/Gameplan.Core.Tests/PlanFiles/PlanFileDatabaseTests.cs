using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.PlanFiles;

/// <summary>Importing plan files into, and exporting them from, a real migrated database.</summary>
public sealed class PlanFileDatabaseTests
{
    /// <summary>The rich sample less the values the app infers (a direction equal to the inferred one, default assignees), which export leaves out.</summary>
    public static readonly string RichStorable = PlanFileSamples.Rich
        .Replace("      direction: increase\n", "", StringComparison.Ordinal)
        .Replace("      dri: raj\n  strategies:", "      dri: raj\n      direction: decrease\n  strategies:", StringComparison.Ordinal)
        .Replace("per: day }", "per: day, assignees: owner }", StringComparison.Ordinal);

    /// <summary>
    /// The samples as export writes them back: each activity lists who acknowledged it and the day, here
    /// the day of the import (the organisation's today), since a tactic's own list carries no day; a
    /// one-on-one's notes are not written (they stay in its review workspace).
    /// </summary>
    public static TheoryData<string> Storable => [
        RichStorable
            .Replace("held: true, notes: Coached Kim on demos., person: kim", "held: true, person: kim", StringComparison.Ordinal)
            .Replace("per: week, assignees: team }", $"per: week, assignees: team, {Acknowledged("kim", "leo")} }}", StringComparison.Ordinal)
            .Replace("assignees: [kim, leo] }", $"assignees: [kim, leo], {Acknowledged("kim", "leo")} }}", StringComparison.Ordinal),
        PlanFileSamples.Clinic
            .Replace("per: day, assignees: team }", $"per: day, assignees: team, {Acknowledged("ana", "ben")} }}", StringComparison.Ordinal)
            .Replace("per: week, assignees: owner }", $"per: week, assignees: owner, {Acknowledged("ben")} }}", StringComparison.Ordinal),
        PlanFileSamples.Naive];

    private static string Acknowledged(params string[] handles) =>
        $"acknowledged_by: [{string.Join(", ", handles.Select(h => $"{{ handle: {h}, date: 2026-11-22 }}"))}]";

    [DbTheory]
    [MemberData(nameof(Storable))]
    public async Task A_plan_imported_and_exported_again_is_the_same_file(string yaml)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await EmptyOrganizationAsync(database);

        var imported = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(yaml).Plan!);
        db.ChangeTracker.Clear();
        var exported = await new PlanFileExporter(db).ExportAsync(imported.PlanId);

        Assert.Equal(yaml, PlanFileWriter.Write(exported));
    }

    [DbFact]
    public async Task A_goals_measurements_are_stored_as_imported_and_a_measurement_without_a_value_is_refused_at_its_place()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await EmptyOrganizationAsync(database);
        db.AuditActor = "alex (Alex Admin)";

        await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(RichStorable).Plan!);

        var stored = await db.GoalMeasurements.OrderBy(m => m.Date).ToListAsync();
        Assert.Equal([(new DateOnly(2027, 3, 31), 34m, (string?)null), (new DateOnly(2027, 6, 30), 41.5m, "Signed contracts in the CRM.")],
            stored.Select(m => (m.Date, m.Value, m.Note)));
        Assert.All(stored, m => Assert.Equal((MeasurementSource.Imported, "alex (Alex Admin)"), (m.Source, m.RecordedBy)));
        var g1 = await db.Plans.SelectMany(p => p.Goals).SingleAsync(g => g.Key == "g1");
        Assert.All(stored, m => Assert.Equal(g1.Id, m.GoalId));

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => new PlanFileImporter(db, Seeded.Clock).ImportAsync(
            PlanFileReader.Read(RichStorable.Replace("{ date: 2027-03-31, value: 34 }", "{ date: 2027-03-31 }", StringComparison.Ordinal)).Plan!));
        Assert.Equal("goals[g1].measurements[0].value", refusal.Field);
        Assert.Equal(1, await db.Plans.CountAsync());
        Assert.Equal(2, await db.GoalMeasurements.CountAsync());
    }

    [DbFact]
    public async Task Missing_people_and_teams_are_created_and_existing_people_are_left_as_they_are()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var result = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(PlanFileSamples.Clinic).Plan!);

        var people = await db.People.OrderBy(p => p.Handle).ToListAsync();
        Assert.Equal(["ana", "ben", "dana", "sam"], people.Select(p => p.Handle));
        var east = await db.Teams.SingleAsync(t => t.Name == "East");
        Assert.Equal(east.Id, people.Single(p => p.Handle == "ana").TeamId);
        var sam = people.Single(p => p.Handle == "sam");
        Assert.Equal(("Sam Ito", Domain.People.PersonRole.Executive, 40m), (sam.Name, sam.Role, sam.CapacityHoursPerWeek!.Value));
        Assert.True(await db.Teams.AnyAsync(t => t.Name == "Mid-Market East"));
        // The existing ana and ben stay in East, so the Mid-Market East team's commitments do not bind them.
        Assert.Equal([
            "people[sam]: added Sam Ito.",
            "strategies[s1].tactics[t1].acknowledged_by: ana is bound by none of the tactic's activities, so their acknowledgement was not stored; only assignees acknowledge.",
            "strategies[s1].tactics[t1].acknowledged_by: ben is bound by none of the tactic's activities, so their acknowledgement was not stored; only assignees acknowledge.",
        ], result.Notes);
        var plan = await db.Plans.SingleAsync();
        Assert.Equal(result.PlanId, plan.Id);
        Assert.Equal(PlanStatus.Draft, plan.Status);
    }

    [DbFact]
    public async Task Acknowledged_by_covers_every_commitment_of_the_tactic()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await EmptyOrganizationAsync(database);
        var planId = (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(RichStorable).Plan!)).PlanId;
        var t1 = await db.Plans.SelectMany(p => p.Strategies).SelectMany(s => s.Tactics).Include(t => t.Commitments).ThenInclude(c => c.Acknowledgements).SingleAsync(t => t.Key == "t1");
        Assert.All(t1.Commitments, c => Assert.Equal(2, c.Acknowledgements.Count));

        var commitments = new CommitmentCommands(db, Seeded.Clock);
        var added = await commitments.CreateAsync(planId, t1.Id, new CommitmentRequest { Metric = "emails", Unit = "count", Target = 5, Per = CommitmentPer.Week, Assignees = AssigneeMode.Team });
        await commitments.AcknowledgeAsync(planId, added.Id, "leo");
        db.ChangeTracker.Clear();

        var tactic = (await new PlanFileExporter(db).ExportAsync(planId)).Plan.Strategies[0].Tactics[0];
        Assert.Equal(["leo"], tactic.AcknowledgedBy);
        Assert.Equal(3, tactic.Activities.Count);
    }

    [DbTheory]
    [InlineData("      due: 2027-03-26\n", "      due: 2026-12-01\n", "strategies[s1].tactics[t1].due: ")]
    [InlineData("      owner: leo\n", "      owner: zoe\n", "strategies[s1].tactics[t3].owner: nobody has the handle 'zoe'")]
    [InlineData("      dri: mia\n", "      dri: [mia, raj]\n", "goals[g1].dri: exactly one person")]
    [InlineData("target: 10, per: week", "target: 0, per: week", "strategies[s1].tactics[t1].activities[0].target: ")]
    [InlineData("      goals: [g1, g2]\n", "      goals: [g1, g7]\n", "strategies[s1].goals: ")]
    [InlineData("  period: { start: 2027-01-01, end: 2027-12-31 }", "  period: { start: 2027-01-01, end: 2026-12-31 }", "period.end: ")]
    [InlineData("{ handle: raj, name: Raj Patel,", "{ handle: raj,", "people[raj].name: ")]
    public async Task A_refused_import_names_the_place_and_saves_nothing(string from, string to, string expected)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await EmptyOrganizationAsync(database);
        var file = PlanFileReader.Read(RichStorable.Replace(from, to, StringComparison.Ordinal)).Plan!;

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => new PlanFileImporter(db, Seeded.Clock).ImportAsync(file));

        Assert.StartsWith(expected, refusal.Message);
        Assert.False(await db.Plans.AnyAsync());
        Assert.False(await db.People.AnyAsync());
        Assert.False(await db.Teams.AnyAsync());
    }

    [DbFact]
    public async Task A_tactic_tied_to_no_strategy_and_the_settings_are_stored_with_the_plan()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await EmptyOrganizationAsync(database);

        var result = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(RichStorable).Plan!);

        db.ChangeTracker.Clear();
        var plan = await db.Plans.Include(p => p.Tactics).SingleAsync();
        var loose = Assert.Single(plan.Tactics, t => t.StrategyId is null);
        Assert.Equal(("t9", "Redesign the brochure."), (loose.Key, loose.Action));
        Assert.Equal((120, 4, 90, 7, "weighted"), (plan.Settings.PlanningWindowDays!.Value, plan.Settings.MaxStrategies!.Value, plan.Settings.StrategicReviewDays!.Value, plan.Settings.TacticalReviewDays!.Value, plan.Settings.Rollup));
        Assert.Equal(["mon", "tue", "wed", "thu"], plan.Settings.WorkingDays!);
        Assert.Equal([new DateOnly(2027, 1, 1), new DateOnly(2027, 12, 24)], plan.Settings.Holidays!);
        Assert.DoesNotContain(result.Notes, n => n.StartsWith("settings:", StringComparison.Ordinal));
    }

    [DbFact]
    public async Task Settings_out_of_range_are_refused_naming_the_setting()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await EmptyOrganizationAsync(database);
        var file = PlanFileReader.Read(RichStorable.Replace("max_strategies: 4", "max_strategies: 0", StringComparison.Ordinal)).Plan!;

        var refusal = await Assert.ThrowsAsync<DomainRuleException>(() => new PlanFileImporter(db, Seeded.Clock).ImportAsync(file));

        Assert.Equal("settings.max_strategies", refusal.Field);
        Assert.False(await db.Plans.AnyAsync());
    }

    private static async Task<GameplanDbContext> EmptyOrganizationAsync(TestDatabase database)
    {
        var db = await database.MigratedAsync();
        var organization = new Organization("Imported");
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        db.OrganizationScope = organization.Id;
        return db;
    }
}
