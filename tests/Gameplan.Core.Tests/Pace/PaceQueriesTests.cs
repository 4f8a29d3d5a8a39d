using System.Text.Json;
using Gameplan.Core.Activities;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Pace;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Access;
using Gameplan.Domain.Pace;
using Gameplan.Domain.People;
using Gameplan.Domain.Progress;

namespace Gameplan.Core.Tests.Pace;

public sealed class PaceQueriesTests
{
    [DbTheory]
    [InlineData("2027-01-03")] // before every tactic starts
    [InlineData("2027-01-09")] // a Saturday with activity
    [InlineData("2027-02-10")] // both tactics under way, partial months
    [InlineData("2027-03-31")] // t1's last day
    [InlineData("2027-07-15")] // after t2 is due; a row after t1's due date
    public async Task The_report_read_from_the_aggregates_is_the_one_the_domain_computes_from_the_raw_rows(string day)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var document = await StoredPlanDocuments.ForAsync(db, await new PlanQueries(db).GetAsync(arranged.PlanId), default);

        var report = await Queries(db).GetReportAsync(arranged.PlanId, today);

        var expected = PlanPace.Report(document, arranged.RawFacts(), today);
        Assert.Equal(JsonSerializer.Serialize(expected), JsonSerializer.Serialize(report));
        // Calls for ana, ben and dana (the team), ana's demos on t1, ben's demos on t2.
        Assert.Equal(5, report.Commitments.Count);
    }

    [DbFact]
    public async Task Each_commitment_line_counts_only_the_assignees_activity_from_the_start_to_today()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);

        var report = await Queries(db).GetReportAsync(arranged.PlanId, new DateOnly(2027, 2, 10));

        var lines = report.Commitments.Select(l => $"{l.Tactic} {l.Metric} {l.Person}: {l.ActualToDate} of {l.TargetToDate} {l.Status}").ToList();
        // 28 working days from 4 Jan to 10 Feb; ana's Saturday adds 5 calls; December's 50 are before the start.
        Assert.Contains("t1 calls ana: 285 of 280 OnTrack", lines);
        Assert.Contains("t1 calls ben: 112 of 280 OffTrack", lines);
        Assert.Contains("t1 calls dana: 0 of 280 OffTrack", lines);
        // Ben's January demos were before t2 started on 1 Feb; dana's Friday demos count for no commitment of hers.
        Assert.Contains("t2 demos ben: 0 of 1.6 OffTrack", lines);
        // The goal counts every demo the plan's people logged since 1 January: ana 11, ben 4, dana 5.
        var goal = Assert.Single(report.Goals);
        Assert.Equal((GoalValueSource.Activity, 20m), (goal.Source, goal.Value!.Value));
    }

    [DbFact]
    public async Task GP501_and_GP502_fire_on_a_stored_plan_with_logged_activity()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);

        var critique = await new CritiqueQueries(db, new PlanQueries(db), Seeded.Clock).ForPlanAsync(arranged.PlanId, new DateOnly(2027, 3, 1));

        var pace = critique.Findings.Where(f => f.Rule == "GP501").Select(f => f.Message).ToList();
        Assert.Contains(pace, m => m.StartsWith("ben is on pace for 252 of 630 calls", StringComparison.Ordinal));
        Assert.Contains(pace, m => m.StartsWith("dana is on pace for 0 of 630 calls", StringComparison.Ordinal));
        Assert.DoesNotContain(pace, m => m.StartsWith("ana is on pace for", StringComparison.Ordinal) && m.Contains("calls", StringComparison.Ordinal));
        var idle = Assert.Single(critique.Findings, f => f.Rule == "GP502");
        Assert.Contains("by ben since it started on 2027-02-01, 28 days ago", idle.Message);
    }

    [DbFact]
    public async Task A_burn_up_ends_today_at_the_sum_of_the_people_s_target_and_actual_to_date()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);
        var today = new DateOnly(2027, 2, 10);

        var pace = await Queries(db).GetPlanPaceAsync(arranged.PlanId, today);

        var calls = Assert.Single(pace.BurnUps, b => b.Tactic == "t1" && b.Metric == "calls");
        Assert.Equal(["ana", "ben", "dana"], calls.People.Order());
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 3, 31)), (calls.Points[0].Date, calls.Points[^1].Date));
        var now = Assert.Single(calls.Points, p => p.Date == today);
        var lines = pace.Report.Commitments.Where(l => l.Tactic == "t1" && l.Metric == "calls").ToList();
        Assert.Equal((lines.Sum(l => l.TargetToDate), lines.Sum(l => l.ActualToDate)), (now.Expected, now.Actual!.Value));
        Assert.Equal((840m, 397m), (now.Expected, now.Actual!.Value));
        Assert.All(calls.Points.Where(p => p.Date > today), p => Assert.Null(p.Actual));
        Assert.Equal(3 * 10 * 63, calls.Points[^1].Expected);
        Assert.Equal("Ana Silva", pace.Names["ana"]);
        Assert.Equal("Book 150 demos", pace.Titles["g1"]);
    }

    [DbFact]
    public async Task The_team_heatmap_shows_each_member_s_attainment_on_each_working_day()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);

        var heatmap = await Team(db).GetTeamPaceAsync(arranged.TeamId, Admin, new DateOnly(2027, 2, 10), days: 5);

        Assert.Equal([new DateOnly(2027, 2, 4), new DateOnly(2027, 2, 5), new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 9), new DateOnly(2027, 2, 10)], heatmap.Days);
        Assert.Equal(["Ana Silva", "Ben Okafor", "Dana Reyes"], heatmap.People.Select(p => p.Name));
        var (ana, ben, dana) = (heatmap.People[0], heatmap.People[1], heatmap.People[2]);
        // Her 3 demos a week colour each day by the week's standing, not by a fifth of the target a day:
        // last week (Thu, Fri) 2 of 3; this week so far (Mon to Wed) 1 of the 1.8 due by Wednesday.
        Assert.Equal([0.833m, 0.833m, 0.778m, 0.778m, 0.778m], ana.Days.Select(d => d.Attainment));
        Assert.Equal(["calls 10 of 10 ", "demos 2 of 3 last week"], ana.Days[0].Metrics.Select(m => $"{m.Metric} {m.Actual} of {m.Target} {m.Period}"));
        Assert.Equal(["calls 10 of 10 ", "demos 1 of 1.8 this week"], ana.Days[2].Metrics.Select(m => $"{m.Metric} {m.Actual} of {m.Target} {m.Period}"));
        // Ben: 4 calls of 10 and none of the 1.6 demos February owes by the 10th on t2; dana owes calls and makes none.
        Assert.All(ben.Days, d => Assert.Equal(0.2m, d.Attainment));
        Assert.All(dana.Days, d => Assert.Equal(0m, d.Attainment));
        // Over the five days ana made 50 of 50 calls and 2 of 3 demos.
        Assert.Equal(0.833m, ana.Attainment);
        Assert.Equal(["East pace test"], heatmap.Plans);
    }

    [DbFact]
    public async Task Every_active_plan_that_binds_the_team_counts_each_with_its_own_assignees()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);
        // Ben's own plan, read in the same batch as the team's: 2 calls a day of his own from February.
        var own = (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(BensOwnPlan).Plan!)).PlanId;
        var commands = new PlanCommands(db, Seeded.Clock);
        await commands.TransitionAsync(own, PlanTransition.Submit);
        await commands.TransitionAsync(own, PlanTransition.Approve);
        db.ChangeTracker.Clear();

        var heatmap = await Team(db).GetTeamPaceAsync(arranged.TeamId, Admin, new DateOnly(2027, 2, 10), days: 5);
        var list = await OffPace(db).ListOffPaceAsync(Admin, arranged.TeamId, new DateOnly(2027, 2, 10));

        Assert.Equal(["East pace test", "Ben's own calls"], heatmap.Plans);
        var (ana, ben, dana) = (heatmap.People[0], heatmap.People[1], heatmap.People[2]);
        // Ben: 4 of the team's 10 calls, none of the 1.6 demos February owes by the 10th on t2 (4 a month, read by
        // the month), 4 of his own 2 calls (capped at 2): (0.4 + 0 + 2) / 3.
        Assert.Equal(["calls 4 of 10", "demos 0 of 1.6", "calls 4 of 2"], ben.Days[2].Metrics.Select(m => $"{m.Metric} {m.Actual} of {m.Target}"));
        Assert.All(ben.Days, d => Assert.Equal(0.8m, d.Attainment));
        // The team plan's "team" still means ana, ben and dana; ben's own plan names nobody else (ana: her calls, and her week's demos so far).
        Assert.Equal(0.778m, ana.Days[2].Attainment);
        Assert.Equal(["calls 0 of 10"], dana.Days[2].Metrics.Select(m => $"{m.Metric} {m.Actual} of {m.Target}"));
        Assert.DoesNotContain(list.Lines, l => l.Plan == "Ben's own calls");
        Assert.Contains(list.Lines, l => l.Plan == "East pace test" && l.Person == "ben" && l.Metric == "calls");
    }

    private const string BensOwnPlan = """
        version: 1
        plan:
          name: Ben's own calls
          scope: person
          owner: ben
          period: { start: 2027-02-01, end: 2027-06-30 }
          drafted: 2026-12-20
          strategies:
            - id: s1
              statement: Win renewals by calling every customer before the renewal date.
              dri: ben
              tactics:
                - id: t1
                  action: Call two renewing customers every working day.
                  owner: ben
                  start: 2027-02-01
                  due: 2027-06-30
                  resources: []
                  activities:
                    - { metric: calls, unit: count, target: 2, per: day, assignees: owner }

        """;

    [DbFact]
    public async Task A_team_s_pace_is_for_its_members_their_managers_and_the_organisation_s_leaders()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);
        var queries = Team(db);
        var other = arranged.TeamId + 100;

        await queries.GetTeamPaceAsync(arranged.TeamId, new Actor(arranged.Ids.Ana, PersonRole.Rep, [arranged.TeamId], new HashSet<int>()));
        await queries.GetTeamPaceAsync(arranged.TeamId, new Actor(arranged.Dana, PersonRole.Manager, [arranged.TeamId], new HashSet<int> { arranged.TeamId }));
        await queries.GetTeamPaceAsync(arranged.TeamId, new Actor(null, PersonRole.Executive, [], new HashSet<int>()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.GetTeamPaceAsync(arranged.TeamId, new Actor(7, PersonRole.Rep, [other], new HashSet<int>())));
        await Assert.ThrowsAsync<AccessDeniedException>(() => queries.GetTeamPaceAsync(arranged.TeamId, new Actor(7, PersonRole.Manager, [other], new HashSet<int> { other })));
        await Assert.ThrowsAsync<NotFoundException>(() => queries.GetTeamPaceAsync(other, Admin));
    }

    [DbFact]
    public async Task The_managers_list_says_who_is_behind_on_what_by_how_much_and_why_worst_first()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);
        var manager = new Actor(arranged.Dana, PersonRole.Manager, [arranged.TeamId], new HashSet<int> { arranged.TeamId });

        var list = await OffPace(db).ListOffPaceAsync(manager, today: new DateOnly(2027, 3, 1));

        Assert.Equal(("East", 3), (list.Scope, list.People));
        Assert.Equal(["ben t2 demos", "dana t1 calls", "ben t1 calls", "ana t1 demos"], list.Lines.Select(l => $"{l.Person} {l.Tactic} {l.Metric}"));
        var notStarted = list.Lines[0];
        Assert.StartsWith("not started: nothing logged since the start on 1 Feb 2027", notStarted.Reasons[0]);
        var calls = list.Lines[2];
        Assert.Equal((164m, 410m, 246m, 0.4m, PaceStatus.OffTrack), (calls.ActualToDate, calls.TargetToDate, calls.Shortfall, calls.Attainment!.Value, calls.Status));
        Assert.Contains("low attainment: 40% of the 410 due so far", calls.Reasons);
        Assert.Contains("on pace for 252 of 630", calls.Reasons);
        Assert.Equal(new DateOnly(2027, 3, 1), calls.LastActivity);
        Assert.Equal([arranged.TeamId], list.Teams.Select(t => t.Id));
    }

    [DbFact]
    public async Task A_rep_of_another_team_sees_nobody_of_this_one_in_the_managers_list()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var arranged = await PaceArrangement.CreateAsync(db);
        var outsider = new Actor(7, PersonRole.Rep, [arranged.TeamId + 100], new HashSet<int>());

        var list = await OffPace(db).ListOffPaceAsync(outsider, today: new DateOnly(2027, 3, 1));
        var everyone = await OffPace(db).ListOffPaceAsync(Admin, today: new DateOnly(2027, 3, 1));

        Assert.Empty(list.Lines);
        Assert.Equal(0, list.People);
        Assert.Equal(("the organisation", 4), (everyone.Scope, everyone.Lines.Count));
    }

    private static Actor Admin { get; } = new(null, PersonRole.Admin, [], new HashSet<int>());

    private static PaceQueries Queries(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new ActivityQueries(db), Seeded.Clock);

    private static TeamPaceQueries Team(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new ActivityQueries(db), Seeded.Clock);

    private static OffPaceQueries OffPace(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new ActivityQueries(db), Seeded.Clock);
}
