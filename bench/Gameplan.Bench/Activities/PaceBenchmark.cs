using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Pace;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Bench.Activities;

/// <summary>
/// Pace on the database import-sqlite left: the year to date (2026-01-01 to the last generated
/// day) of a 50-person team and of the whole organisation, from the day and month aggregates
/// through the Core query the dashboards use (<see cref="ActivityQueries.TotalsAsync"/>) plus the
/// domain's pace per person x metric, against a raw-row SUM over ActivityLog of the same people
/// and range in the same run (<see cref="RawTotals"/>). Each round opens its own context, as a
/// request does; the median of the rounds is shown, after warm-up rounds (as many for the team, <c>--rounds</c>, default
/// 25; one for the organisation).
/// </summary>
public static class PaceBenchmark
{
    private const int OrgRounds = 3;

    public static async Task RunAsync(BenchOptions options)
    {
        if (!File.Exists(options.SqlitePath))
        {
            throw new InvalidOperationException($"{options.SqlitePath} is missing: run 'activities import-sqlite --reps {options.Reps}' first.");
        }
        var settings = DatabaseSettings.Sqlite(options.SqlitePath);
        List<int> team;
        int teamId;
        Dictionary<int, int> maxima;
        await using (var db = GameplanDatabase.Open(settings))
        {
            await OrganizationSeeder.ScopeAsync(db);
            var first = await db.Teams.Where(t => t.Name == "Team 001").Select(t => t.Id).SingleAsync();
            team = await db.People.Where(p => p.TeamId == first).Select(p => p.Id).ToListAsync();
            teamId = await DashboardSetup.EnsureTeamPlanAsync(db);
            var names = await db.Metrics.ToDictionaryAsync(m => m.Id, m => m.Name);
            maxima = names.ToDictionary(n => n.Key, n => ActivityCsvGenerator.Metrics.Single(m => m.Name == n.Value).Max);
            Report.Line($"ActivityLog {await db.Activities.CountAsync():N0} rows, ActivityDays {await db.ActivityDays.CountAsync():N0}, ActivityMonths {await db.ActivityMonths.CountAsync():N0}; team 'Team 001' has {team.Count} people");
        }
        var from = ActivityCsvGenerator.Days[0];
        var today = ActivityCsvGenerator.Days[^1];
        var teamSelection = new ActivitySelection(team, null);

        // What every round pays before its query: a context, a pooled connection (with the app's
        // pragmas) and the organisation lookup; shown so the queries' own cost can be read off.
        var floor = await MedianAsync(options.Rounds, options.Rounds, settings, _ => Task.FromResult(0));
        Report.Time("per-round floor (context, connection, scope)", floor.Wall);
        Report.Time("  CPU", floor.Cpu);
        var teamPace = await MedianAsync(options.Rounds, options.Rounds, settings, db => PaceAsync(db, teamSelection, maxima, from, today));
        var teamRaw = await MedianAsync(options.Rounds, options.Rounds, settings, db => RawTotals.SumAsync(db, team, from, today));
        var teamDays = await MedianAsync(options.Rounds, options.Rounds, settings, async db => (await new ActivityQueries(db)
            .DailyAsync(teamSelection, ActivityCsvGenerator.Days[^20], today)).Count);
        Report.Time("team pace, year to date (aggregates + domain)", teamPace.Wall);
        Report.Time("  CPU", teamPace.Cpu);
        Report.Time("team raw-row SUM over ActivityLog (baseline)", teamRaw.Wall);
        Report.Time("  CPU", teamRaw.Cpu);
        Report.Ratio("raw SUM time / team pace time", teamPace, teamRaw, "team pace < 20 ms");
        Report.Time("team heatmap days, last 20 working days", teamDays.Wall);
        Report.Time("  CPU", teamDays.Cpu);

        // The dashboards' own Core calls on the active plan of Team 001 (DashboardSetup): each
        // member x metric through the pace engine, and the heatmap's data.
        var admin = new Actor(null, PersonRole.Admin, [], new HashSet<int>());
        var offPace = await MedianAsync(options.Rounds, options.Rounds, settings, async db => (await OffPace(db).ListOffPaceAsync(admin, teamId, today)).Lines.Count);
        var heatmap = await MedianAsync(options.Rounds, options.Rounds, settings, async db => (await TeamPace(db).GetTeamPaceAsync(teamId, admin, today)).People.Count);
        Report.Time("team pace engine (ListOffPaceAsync, 50 x 5)", offPace.Wall);
        Report.Time("  CPU", offPace.Cpu);
        Report.Time("team heatmap data (GetTeamPaceAsync, 20 days)", heatmap.Wall);
        Report.Time("  CPU", heatmap.Cpu);

        var orgPace = await MedianAsync(OrgRounds, 1, settings, db => PaceAsync(db, ActivitySelection.Everyone, maxima, from, today));
        var orgRaw = await MedianAsync(OrgRounds, 1, settings, db => RawTotals.SumAsync(db, null, from, today));
        Report.Time("org-wide pace, year to date", orgPace.Wall);
        Report.Time("  CPU", orgPace.Cpu);
        Report.Time("org-wide raw-row SUM over ActivityLog (baseline)", orgRaw.Wall);
        Report.Time("  CPU", orgRaw.Cpu);
        Report.Ratio("raw SUM time / org pace time", orgPace, orgRaw, "org pace < 1 s");
    }

    private static OffPaceQueries OffPace(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new ActivityQueries(db), TimeProvider.System);

    private static TeamPaceQueries TeamPace(GameplanDbContext db) =>
        new(db, new PlanQueries(db), new ActivityQueries(db), TimeProvider.System);

    /// <summary>Totals from the aggregates, then each person x metric's attainment and projection against a per-day target.</summary>
    private static async Task<int> PaceAsync(GameplanDbContext db, ActivitySelection selection, Dictionary<int, int> maxima, DateOnly from, DateOnly today)
    {
        var totals = await new ActivityQueries(db).TotalsAsync(selection, from, today);
        var calendar = new WorkingCalendar(["mon", "tue", "wed", "thu", "fri"], []);
        // One schedule per metric id: half the generator's largest daily quantity, every working day.
        var schedules = new Dictionary<int, TargetSchedule>();
        var onTrack = 0;
        foreach (var total in totals)
        {
            if (!schedules.TryGetValue(total.MetricId, out var schedule))
            {
                schedules[total.MetricId] = schedule = new TargetSchedule(maxima[total.MetricId] / 2m, TargetPeriod.Day, from, new DateOnly(2026, 12, 31), calendar);
            }
            var attainment = total.Quantity / schedule.TargetThrough(today);
            var projected = total.Quantity / schedule.ElapsedWorkingDays(today) * schedule.TotalWorkingDays;
            onTrack += attainment >= PaceThresholds.Default.OnTrack && projected >= schedule.TargetTotal ? 1 : 0;
        }
        return onTrack + totals.Count;
    }

    internal static async Task<Measurement> MedianAsync(int rounds, int warmUp, DatabaseSettings settings, Func<GameplanDbContext, Task<int>> work)
    {
        var results = new List<Measurement>();
        // Warm-up rounds first: the JIT's tiered compilation replaces the quick first code after ~30 calls.
        for (var round = 0; round < warmUp + rounds; round++)
        {
            var m = await Measurement.OfAsync(async () =>
            {
                await using var db = GameplanDatabase.Open(settings);
                await OrganizationSeeder.ScopeAsync(db);
                GC.KeepAlive(await work(db));
            });
            if (round >= warmUp)
            {
                results.Add(m);
            }
        }
        return new Measurement(results.Select(r => r.Wall).Order().ElementAt(rounds / 2), results.Select(r => r.Cpu).Order().ElementAt(rounds / 2));
    }
}
