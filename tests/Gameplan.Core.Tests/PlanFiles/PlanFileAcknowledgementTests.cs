using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.PlanFiles;

/// <summary>Who acknowledged each commitment, and when, goes out with the plan file and comes back in with it.</summary>
public sealed class PlanFileAcknowledgementTests
{
    // kim acknowledged only the calls, leo only the demos: a tactic-level list (who acknowledged everything) holds nobody.
    private const string Plan = """
        version: 1
        plan:
          name: Coastal acknowledgements
          scope: team
          team: Coastal
          owner: mia
          period: { start: 2027-01-01, end: 2027-12-31 }
          mission: Keep every practice we sign.
          strategies:
            - id: s1
              statement: Win practices through their office managers.
              dri: mia
              tactics:
                - id: t1
                  action: Call lapsed trials every week.
                  owner: kim
                  due: 2027-03-26
                  activities:
                    - { metric: calls, unit: count, target: 10, per: week, assignees: [kim, leo], acknowledged_by: [{ handle: kim, date: 2027-01-05 }] }
                    - { metric: demos, unit: count, target: 2, per: month, assignees: [leo], acknowledged_by: [{ handle: leo, date: 2027-01-06 }] }
        people:
          - { handle: kim, name: Kim Novak, role: rep, team: Coastal }
          - { handle: leo, name: Leo Brandt, role: rep, team: Coastal }
          - { handle: mia, name: Mia Torres, role: manager, team: Coastal }
        """;

    [DbFact]
    public async Task Each_commitments_acknowledgements_and_their_days_survive_export_and_import_again()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await OrganizationAsync(database, "First");
        var first = await ImportAsync(db, Plan);
        db.ChangeTracker.Clear();
        var exported = PlanFileWriter.Write(await new PlanFileExporter(db).ExportAsync(first));

        db.OrganizationScope = await NewOrganizationAsync(db, "Second");
        var second = await ImportAsync(db, exported);
        db.ChangeTracker.Clear();
        var again = PlanFileWriter.Write(await new PlanFileExporter(db).ExportAsync(second));

        Assert.Contains("acknowledged_by: [{ handle: kim, date: 2027-01-05 }] }", exported, StringComparison.Ordinal);
        Assert.Contains("acknowledged_by: [{ handle: leo, date: 2027-01-06 }] }", exported, StringComparison.Ordinal);
        Assert.Equal(exported, again);
        Assert.Equal([("calls", "kim", new DateOnly(2027, 1, 5)), ("demos", "leo", new DateOnly(2027, 1, 6))], await StoredAsync(db, second));
    }

    [DbFact]
    public async Task An_acknowledgement_by_someone_the_commitment_no_longer_binds_is_not_stored_and_the_import_says_where()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await OrganizationAsync(database, "First");
        var file = Plan.Replace("assignees: [leo], acknowledged_by: [{ handle: leo", "assignees: [kim], acknowledged_by: [{ handle: leo", StringComparison.Ordinal);

        var result = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(file).Plan!);

        Assert.Equal(
            ["strategies[s1].tactics[t1].activities[1].acknowledged_by: leo is not bound by this commitment (it binds kim), so their acknowledgement was not stored; only assignees acknowledge."],
            result.Notes.Where(n => n.Contains("acknowledged_by", StringComparison.Ordinal)));
        Assert.Equal([("calls", "kim", new DateOnly(2027, 1, 5))], await StoredAsync(db, result.PlanId));
    }

    [DbFact]
    public async Task A_tactics_own_list_counts_for_the_commitments_that_bind_each_person_on_the_day_of_the_import()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await OrganizationAsync(database, "First");
        var file = Plan
            .Replace(", acknowledged_by: [{ handle: kim, date: 2027-01-05 }]", "", StringComparison.Ordinal)
            .Replace(", acknowledged_by: [{ handle: leo, date: 2027-01-06 }]", "", StringComparison.Ordinal)
            .Replace("\npeople:", "\n          acknowledged_by: [kim, leo, mia]\npeople:", StringComparison.Ordinal);

        var result = await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(file).Plan!);

        var importDay = new DateOnly(2026, 11, 22);
        Assert.Equal([("calls", "kim", importDay), ("calls", "leo", importDay), ("demos", "leo", importDay)], await StoredAsync(db, result.PlanId));
        Assert.Equal(
            ["strategies[s1].tactics[t1].acknowledged_by: mia is bound by none of the tactic's activities, so their acknowledgement was not stored; only assignees acknowledge."],
            result.Notes.Where(n => n.Contains("acknowledged_by", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_activitys_list_takes_handles_or_handles_with_a_day_and_reports_anything_else_at_its_place()
    {
        var file = Plan.Replace("acknowledged_by: [{ handle: kim, date: 2027-01-05 }]", "acknowledged_by: [kim, { handle: leo }, { date: 2027-01-05 }, [mia], { handle: mia, when: today }]", StringComparison.Ordinal);

        var read = PlanFileReader.Read(file);

        Assert.Equal([new PlanFileAcknowledgement("kim"), new PlanFileAcknowledgement("leo"), new PlanFileAcknowledgement("mia")],
            read.Plan!.Plan.Strategies[0].Tactics[0].Activities[0].AcknowledgedBy);
        Assert.Equal(
            [
                "strategies[s1].tactics[t1].activities[0].acknowledged_by[2]",
                "strategies[s1].tactics[t1].activities[0].acknowledged_by[3]",
                "strategies[s1].tactics[t1].activities[0].acknowledged_by[4].when",
            ],
            read.Problems.Select(p => p.Path));
    }

    [Fact]
    public void The_same_plan_written_as_JSON_reads_the_same_acknowledgements()
    {
        const string json = """
            {"version": 1, "plan": {"name": "Coastal", "scope": "team", "team": "Coastal", "owner": "mia",
              "period": {"start": "2027-01-01", "end": "2027-12-31"},
              "tactics": [{"id": "t1", "action": "Call lapsed trials every week.", "owner": "kim", "due": "2027-03-26",
                "activities": [{"metric": "calls", "unit": "count", "target": 10, "per": "week", "assignees": ["kim", "leo"],
                  "acknowledged_by": [{"handle": "kim", "date": "2027-01-05"}, "leo"]}]}]}}
            """;

        var read = PlanFileReader.Read(json);

        Assert.Empty(read.Problems);
        Assert.Equal([new PlanFileAcknowledgement("kim", new DateOnly(2027, 1, 5)), new PlanFileAcknowledgement("leo")],
            read.Plan!.Plan.Tactics[0].Activities[0].AcknowledgedBy);
    }

    [Fact]
    public void Lint_counts_an_assignee_who_acknowledged_every_activity_in_their_own_lists()
    {
        var everyActivity = Plan.Replace("assignees: [leo], acknowledged_by: [{ handle: leo", "assignees: [leo], acknowledged_by: [kim, { handle: leo", StringComparison.Ordinal);

        var findings = PlanLint.Lint(everyActivity, new DateOnly(2027, 1, 20)).Report!.Findings.Where(f => f.Rule == "GP308").ToList();
        var before = PlanLint.Lint(Plan, new DateOnly(2027, 1, 20)).Report!.Findings.Where(f => f.Rule == "GP308").ToList();

        Assert.EndsWith("not acknowledged by leo.", Assert.Single(findings).Message, StringComparison.Ordinal);
        Assert.EndsWith("not acknowledged by kim, leo.", Assert.Single(before).Message, StringComparison.Ordinal);
    }

    private static async Task<int> ImportAsync(GameplanDbContext db, string yaml) =>
        (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(yaml).Plan!)).PlanId;

    /// <summary>The plan's acknowledgements as (metric, handle, day), in that order.</summary>
    private static async Task<List<(string, string, DateOnly)>> StoredAsync(GameplanDbContext db, int planId)
    {
        db.ChangeTracker.Clear();
        var commitments = await db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Tactics).SelectMany(t => t.Commitments)
            .Include(c => c.Acknowledgements).ToListAsync();
        var handles = await db.People.ToDictionaryAsync(p => p.Id, p => p.Handle);
        return [.. commitments.SelectMany(c => c.Acknowledgements.Select(a => (c.Metric, handles[a.PersonId], a.On!.Value))).Order()];
    }

    private static async Task<GameplanDbContext> OrganizationAsync(TestDatabase database, string name)
    {
        var db = await database.MigratedAsync();
        db.OrganizationScope = await NewOrganizationAsync(db, name);
        return db;
    }

    private static async Task<int> NewOrganizationAsync(GameplanDbContext db, string name)
    {
        var organization = new Organization(name);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization.Id;
    }
}
