using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Pace;

/// <summary>
/// Burn-up series of a plan's commitments: the targets from the pace engine's schedules, the
/// actuals from the day aggregates of all the plan's assignees in one read.
/// </summary>
internal static class BurnUps
{
    /// <summary>Points per chart before a long span is sampled (about a quarter of days).</summary>
    private const int MaxPoints = 92;

    public static async Task<IReadOnlyList<BurnUpSeries>> ForAsync(GameplanDbContext db, ActivityQueries activities, PlanDocument plan, DateOnly today, CancellationToken ct)
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
        var from = commitments.Min(c => c.Schedule.Start);
        var to = Min(today, commitments.Max(c => c.Schedule.Due));
        var people = commitments.SelectMany(c => c.People).Select(ids.Person).OfType<int>().Distinct().ToList();
        var metrics = commitments.Select(c => ids.Metric(c.Activity.Metric!)).OfType<int>().Distinct().ToList();
        var daily = to < from || people.Count == 0 || metrics.Count == 0 ? []
            : await activities.DailyAsync(new ActivitySelection(people, metrics), from, to, ct);
        var byPair = daily.GroupBy(d => (d.PersonId, d.MetricId)).ToDictionary(g => g.Key, g => g.ToList());
        return [.. commitments.Select(c =>
        {
            var metric = ids.Metric(c.Activity.Metric!);
            var logged = c.People.Select(ids.Person).OfType<int>().Distinct()
                .SelectMany(person => metric is { } m && byPair.TryGetValue((person, m), out var days) ? days : [])
                .GroupBy(d => d.Date).ToDictionary(g => g.Key, g => g.Sum(d => d.Quantity));
            return new BurnUpSeries(c.Tactic.Id, c.Tactic.Action, c.Activity.Metric!.Trim(), c.Activity.Unit, c.People,
                Points(c.Schedule, c.People.Count, logged, today));
        })];
    }

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
            points.Add(new BurnUpPoint(day, PaceNumbers.Quantity(schedule.TargetThrough(day) * people),
                day <= today ? PaceNumbers.Quantity(actual) : null));
        }
        return points;
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
