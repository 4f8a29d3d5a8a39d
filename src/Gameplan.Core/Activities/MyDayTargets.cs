using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>
/// Today's targets of one person: every commitment of a tactic that is neither done nor dropped, in
/// an active plan that may bind them (<see cref="ActivePlans"/>, as the pace dashboards count),
/// whose span (the tactic's start to its due date) holds today and whose assignees include them. Targets and pace come from the Domain pace engine
/// (<see cref="PaceCalculator"/>, <see cref="TargetSchedule"/>); actuals from the aggregates.
/// </summary>
internal static class MyDayTargets
{
    /// <returns>Today's targets, and the commitments of the same plans still waiting for the person's acknowledgement.</returns>
    public static async Task<(IReadOnlyList<MyDayTarget> Targets, IReadOnlyList<MyDayCommitment> Unacknowledged)> ForAsync(GameplanDbContext db, PlanQueries plans,
        ActivityQueries activities, MyDayPerson person, ActivityDirectory directory, DateOnly today, IReadOnlyDictionary<string, decimal> loggedToday, CancellationToken ct)
    {
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var teamId = await db.People.AsNoTracking().Where(p => p.Id == person.Id).Select(p => p.TeamId).FirstOrDefaultAsync(ct);
        var teams = await ActivePlans.WithAncestorsAsync(db, teamId is { } team ? [team] : [], ct);
        var result = new List<MyDayTarget>();
        var unacknowledged = new List<MyDayCommitment>();
        foreach (var (plan, document) in await ActivePlans.LoadAsync(db, plans, organization, today, today, teams, [person.Id], ct))
        {
            unacknowledged.AddRange(CommitmentAssignees.Awaiting(plan, document, person.Handle).Select(c => new MyDayCommitment(
                plan.Id, plan.Name, c.Commitment.Id, c.Tactic.Key, c.Tactic.Action, c.Commitment.Metric, c.Commitment.Unit, c.Commitment.Target,
                c.Commitment.Per.ToString().ToLowerInvariant())));
            var calendar = WorkingCalendar.Of(document.Settings);
            var open = plan.AllTactics().Where(t => t.Status is not (TacticStatus.Done or TacticStatus.Dropped)).Select(t => t.Key)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var tactic in document.Strategies.SelectMany(s => s.Tactics).Concat(document.Tactics).Where(t => t.Id is not null && open.Contains(t.Id)))
            {
                result.AddRange(await ForTacticAsync(activities, plan, document, tactic, calendar, person, directory, today, loggedToday, ct));
            }
        }
        return (result, unacknowledged);
    }

    private static async Task<IEnumerable<MyDayTarget>> ForTacticAsync(ActivityQueries activities, PlanDetails plan, PlanDocument document,
        TacticDocument tactic, WorkingCalendar calendar, MyDayPerson person, ActivityDirectory directory, DateOnly today,
        IReadOnlyDictionary<string, decimal> loggedToday, CancellationToken ct)
    {
        // The commitments binding the person, in the order the engine reports them.
        var mine = tactic.Activities
            .Select(activity => (activity, schedule: PaceCalculator.Schedule(document, tactic, activity, calendar)))
            .Where(c => c.schedule is not null && PaceCalculator.Assignees(document, tactic, c.activity).Contains(person.Handle, StringComparer.OrdinalIgnoreCase))
            .Select(c => (c.activity, schedule: c.schedule!))
            .ToList();
        if (!mine.Any(c => c.schedule.Start <= today && today <= c.schedule.Due))
        {
            return [];
        }
        // The pace engine asks for totals synchronously; read each range it will ask for first.
        var totals = new Dictionary<(string Metric, DateOnly From, DateOnly To), decimal>();
        foreach (var (activity, schedule) in mine)
        {
            var metric = activity.Metric!.Trim();
            var until = today < schedule.Due ? today : schedule.Due;
            var key = (metric.ToLowerInvariant(), schedule.Start, until);
            if (!totals.ContainsKey(key) && directory.FindMetric(metric) is { } metricId)
            {
                var sums = await activities.TotalsAsync(new ActivitySelection([person.Id], [metricId]), schedule.Start, until, ct);
                totals[key] = sums.Sum(s => s.Quantity);
            }
        }
        var facts = ActivityFacts.FromTotals((who, metric, from, to, _) =>
            string.Equals(who.Trim(), person.Handle, StringComparison.OrdinalIgnoreCase)
                ? totals.GetValueOrDefault((metric.Trim().ToLowerInvariant(), from, to)) : 0m);
        // The discrete commitments (per week, month, quarter) read in their own periods: this one and the one before.
        var periodLog = new Dictionary<string, IReadOnlyList<(DateOnly Date, decimal Quantity)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (activity, schedule) in mine)
        {
            var metric = activity.Metric!.Trim();
            if (PaceCalculator.Per(activity.Per) is { } per && CommitmentPeriods.IsDiscrete(per) && !periodLog.ContainsKey(metric)
                && directory.FindMetric(metric) is { } metricId)
            {
                var from = CommitmentPeriods.PeriodOf(per, CommitmentPeriods.PeriodOf(per, today).First.AddDays(-1)).First;
                var days = await activities.DailyAsync(new ActivitySelection([person.Id], [metricId]), from, today, ct);
                periodLog[metric] = [.. days.Select(d => (d.Date, d.Quantity))];
            }
        }
        var paces = PaceCalculator.Of(document, tactic, facts, today, calendar)
            .Where(p => string.Equals(p.Person, person.Handle, StringComparison.OrdinalIgnoreCase)).ToList();

        return mine.Zip(paces)
            .Where(pair => pair.First.schedule.Start <= today && today <= pair.First.schedule.Due)
            .Select(pair =>
            {
                var (schedule, pace) = (pair.First.schedule, pair.Second);
                var targetToday = schedule.TargetThrough(today) - schedule.TargetThrough(today.AddDays(-1));
                var log = periodLog.GetValueOrDefault(pace.Metric) ?? [];
                var periods = CommitmentPeriods.Recent(schedule, pace.Per, pace.Unit, today,
                    (from, to) => log.Where(d => d.Date >= from && d.Date <= to).Sum(d => d.Quantity));
                return new MyDayTarget(plan.Id, plan.Name, tactic.Id, tactic.Action ?? "", pace.Metric, pace.Unit, pace.Per.ToString().ToLowerInvariant(),
                    CommitmentPeriods.Shown(targetToday, pace.Unit), Numbers.RoundQuantity(loggedToday.GetValueOrDefault(pace.Metric)),
                    Numbers.RoundQuantity(pace.TargetToDate), Numbers.RoundQuantity(pace.ActualToDate),
                    Numbers.RoundQuantity(pace.TargetTotal), Numbers.RoundQuantity(pace.ProjectedTotal),
                    Numbers.RoundRatio(pace.Attainment), pace.Status, pace.Start, pace.Due, periods);
            });
    }
}
