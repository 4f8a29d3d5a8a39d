using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.PlanFiles;
using Gameplan.Core.Plans;
using Gameplan.Core.Tests.Activities;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Critique;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Pace;

/// <summary>
/// The seeded organisation (team East: dana the manager, reps ana and ben) with an active team plan
/// and a deterministic activity history in the first quarter of 2027:
/// ana makes her 10 calls a day and books a demo every Tuesday and Thursday (3 a week are due);
/// ben makes 4 calls a day and books demos only in January, before his demo tactic starts;
/// dana books a demo every Friday but has no demo commitment, and makes no calls.
/// Rows before the plan starts, on a Saturday and after today are there to be left out or counted as the engine says.
/// </summary>
internal sealed record PaceArrangement(ActivityArrangement Ids, int PlanId, int TeamId, int Dana, IReadOnlyList<NewActivity> Rows, IReadOnlyDictionary<int, string> Handles)
{
    public const string Plan = """
        version: 1
        plan:
          name: East pace test
          scope: team
          team: East
          owner: dana
          period: { start: 2027-01-01, end: 2027-12-31 }
          drafted: 2026-09-20
          goals:
            - id: g1
              title: Book 150 demos
              metric: demos
              unit: count
              baseline: 0
              target: 150
              due: 2027-12-31
              dri: dana
          strategies:
            - id: s1
              statement: Win multi-site clinics through value-based selling.
              dri: dana
              goals: [g1]
              tactics:
                - id: t1
                  action: Call clinics every working day and book demos.
                  owner: team
                  start: 2027-01-04
                  due: 2027-03-31
                  resources: []
                  activities:
                    - { metric: calls, unit: count, target: 10, per: day, assignees: team }
                    - { metric: demos, unit: count, target: 3, per: week, assignees: [ana] }
                - id: t2
                  action: Book demos with every renewing customer.
                  owner: ben
                  start: 2027-02-01
                  due: 2027-06-30
                  resources: []
                  activities:
                    - { metric: demos, unit: count, target: 4, per: month, assignees: owner }

        """;

    public static async Task<PaceArrangement> CreateAsync(GameplanDbContext db)
    {
        var ids = await ActivityArrangement.CreateAsync(db);
        var planId = (await new PlanFileImporter(db, Seeded.Clock).ImportAsync(PlanFileReader.Read(Plan).Plan!)).PlanId;
        var commands = new PlanCommands(db, Seeded.Clock);
        await commands.TransitionAsync(planId, PlanTransition.Submit);
        await commands.TransitionAsync(planId, PlanTransition.Approve);
        var people = await db.People.ToDictionaryAsync(p => p.Id, p => p.Handle);
        var dana = people.Single(p => p.Value == "dana").Key;
        var rows = History(ids, dana);
        await ActivityArrangement.WriteAsync(db, rows);
        db.ChangeTracker.Clear();
        var team = await db.Teams.SingleAsync(t => t.Name == "East");
        return new PaceArrangement(ids, planId, team.Id, dana, rows, people);
    }

    /// <summary>The same rows as the pace engine reads them from a plan file's activity log.</summary>
    public ActivityFacts RawFacts() => new([.. Rows.Select(r => new ActivityFact(r.Date, Handles[r.PersonId], r.MetricId == Ids.Calls ? "calls" : "demos", r.Quantity))]);

    private static List<NewActivity> History(ActivityArrangement a, int dana)
    {
        var rows = new List<NewActivity>
        {
            new(a.Ana, a.Calls, new DateOnly(2026, 12, 21), 50, "before-start", null),
            new(a.Ana, a.Calls, new DateOnly(2027, 1, 9), 5, "saturday", null),
            new(a.Ana, a.Calls, new DateOnly(2027, 7, 1), 99, "after-due", null),
        };
        for (var day = new DateOnly(2027, 1, 4); day <= new DateOnly(2027, 3, 31); day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }
            var key = day.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            rows.Add(new(a.Ana, a.Calls, day, 10, $"ana-calls-{key}", null));
            rows.Add(new(a.Ben, a.Calls, day, 4, $"ben-calls-{key}", null));
            if (day.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday)
            {
                rows.Add(new(a.Ana, a.Demos, day, 1, $"ana-demos-{key}", null));
            }
            if (day.DayOfWeek is DayOfWeek.Wednesday && day.Month == 1)
            {
                rows.Add(new(a.Ben, a.Demos, day, 1, $"ben-demos-{key}", null));
            }
            if (day.DayOfWeek is DayOfWeek.Friday)
            {
                rows.Add(new(dana, a.Demos, day, 1, $"dana-demos-{key}", null));
            }
        }
        return rows;
    }
}
