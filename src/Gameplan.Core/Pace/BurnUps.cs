using Gameplan.Core.Data;
using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Pace;

/// <summary>
/// Burn-up series of a plan's commitments: the targets from the pace engine's schedules, the
/// actuals from the day aggregates, one read per distinct group of assignees.
/// </summary>
internal static class BurnUps
{
    /// <summary>Points per chart before a long span is sampled (about a quarter of days).</summary>
    private const int MaxPoints = 92;

    public static async Task<IReadOnlyList<BurnUpSeries>> ForAsync(GameplanDbContext db, PlanDocument plan, DateOnly today, CancellationToken ct)
    {
        var calendar = WorkingCalendar.Of(plan.Settings);
        var commitments = plan.Strategies.SelectMany(s => s.Tactics).Concat(plan.Tactics)
            .SelectMany(tactic => tactic.Activities.Select(activity => (
                Tactic: tactic,
                Activity: activity,
                Schedule: PaceCalculator.Schedule(plan, tactic, activity, calendar),
                People: PaceCalculator.Assignees(plan, tactic, activity))))
            .Where(c => c.Schedule is not null && c.People.Count > 0)
            .Select(c => (c.Tactic, c.Activity, Schedule: c.Schedule!, c.People))
            .ToList();
        if (commitments.Count == 0)
        {
            return [];
        }
        var ids = await ActivityIds.LoadAsync(db, commitments.SelectMany(c => c.People), ct);
        var sums = new Dictionary<(string People, int Metric), Dictionary<DateOnly, decimal>>();
        // Commitments of the same people (a team) share one read: each metric's daily sum over them.
        foreach (var group in commitments.GroupBy(c => Key(c.People)))
        {
            var people = group.First().People.Select(ids.Person).OfType<int>().Distinct().ToList();
            var metrics = group.Select(c => ids.Metric(c.Activity.Metric!)).OfType<int>().Distinct().ToList();
            var from = group.Min(c => c.Schedule.Start);
            var to = Min(today, group.Max(c => c.Schedule.Due));
            if (people.Count == 0 || metrics.Count == 0 || to < from)
            {
                continue;
            }
            foreach (var metric in await DailySumsAsync(db, people, metrics, from, to, ct))
            {
                sums[(group.Key, metric.Key)] = metric.Value;
            }
        }
        return [.. commitments.Select(c => new BurnUpSeries(c.Tactic.Id, c.Tactic.Action, c.Activity.Metric!.Trim(), c.Activity.Unit, c.People,
            Points(c.Schedule, c.People.Count, ids.Metric(c.Activity.Metric!) is { } m && sums.TryGetValue((Key(c.People), m), out var days) ? days : [], today)))];
    }

    /// <summary>
    /// What the people logged of each metric on each day, summed in the database from the day
    /// aggregates: a year-long burn-up reads a few hundred rows, not one per person and day. The
    /// explicit organisation term makes it a seek on the primary key (the tenancy filter alone is
    /// an OR that SQLite cannot seek with, so it scanned every organisation's days).
    /// </summary>
    private static async Task<Dictionary<int, Dictionary<DateOnly, decimal>>> DailySumsAsync(
        GameplanDbContext db, List<int> people, List<int> metrics, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var organization = db.RequireOrganization();
        var rows = await db.ActivityDays.AsNoTracking()
            .Where(d => d.OrganizationId == organization && people.Contains(d.PersonId) && metrics.Contains(d.MetricId) && d.Date >= from && d.Date <= to)
            .GroupBy(d => new { d.MetricId, d.Date })
            .Select(g => new { g.Key.MetricId, g.Key.Date, Quantity = g.Sum(d => d.Quantity) })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.MetricId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Date, r => r.Quantity));
    }

    private static string Key(IReadOnlyList<string> people) => string.Join(",", people.Select(ActivityIds.Key).Order(StringComparer.Ordinal));

    private static List<BurnUpPoint> Points(TargetSchedule schedule, int people, Dictionary<DateOnly, decimal> logged, DateOnly today)
    {
        var span = schedule.Due.DayNumber - schedule.Start.DayNumber + 1;
        var step = Math.Max(1, (span + MaxPoints - 1) / MaxPoints);
        var shown = new SortedSet<DateOnly> { schedule.Start, schedule.Due };
        for (var day = schedule.Start; day <= schedule.Due; day = day.AddDays(step))
        {
            shown.Add(day);
        }
        if (today >= schedule.Start && today <= schedule.Due)
        {
            shown.Add(today);
        }
        var points = new List<BurnUpPoint>(shown.Count);
        var actual = 0m;
        var counted = schedule.Start;
        foreach (var day in shown)
        {
            // Running sum of what was logged from the start up to this day (no further than today).
            for (; counted <= day && counted <= today; counted = counted.AddDays(1))
            {
                actual += logged.GetValueOrDefault(counted);
            }
            points.Add(new BurnUpPoint(day, Numbers.RoundQuantity(schedule.TargetThrough(day) * people),
                day <= today ? Numbers.RoundQuantity(actual) : null));
        }
        return points;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
