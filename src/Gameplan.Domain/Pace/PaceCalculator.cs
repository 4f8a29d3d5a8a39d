using Gameplan.Domain.Critique;

namespace Gameplan.Domain.Pace;

/// <summary>
/// Turns a plan's activity commitments into per-person targets and compares them with the
/// activity log as of a day. A commitment binds each assignee (the tactic's owner by default,
/// <c>team</c>: every person whose team is the plan's team, or the named handles) on each working
/// day from the tactic's start to its due date, both included; a tactic without dates runs over
/// the plan period. Only activity by the assignee, counted towards the tactic, from the start to
/// today and no later than the due date, counts (on any day of the week: work on a Saturday counts
/// too). Commitments without a metric, a positive target, a known <c>per</c> or a span are skipped:
/// the critique reports those (GP110, GP112).
/// </summary>
public static class PaceCalculator
{
    /// <summary>Every commitment x assignee of the plan as of <paramref name="today"/>, in plan order (strategies' tactics first).</summary>
    public static IReadOnlyList<CommitmentPace> Of(PlanDocument plan, ActivityFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var calendar = WorkingCalendar.Of(plan.Settings);
        var team = TeamMembers(plan);
        return [.. plan.Strategies.SelectMany(strategy => strategy.Tactics).Concat(plan.Tactics)
            .SelectMany(tactic => Of(plan, tactic, facts, today, calendar, team))];
    }

    /// <summary>Every commitment x assignee of one tactic of <paramref name="plan"/> as of <paramref name="today"/>.</summary>
    public static IReadOnlyList<CommitmentPace> Of(PlanDocument plan, TacticDocument tactic, ActivityFacts facts, DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. Of(plan, tactic, facts, today, calendar, TeamMembers(plan))];
    }

    /// <summary>The target schedule each assignee of <paramref name="activity"/> has; null when it is not a measurable commitment.</summary>
    public static TargetSchedule? Schedule(PlanDocument plan, TacticDocument tactic, ActivityDocument activity, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(tactic);
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Metric) || activity.Target is not > 0m || Per(activity.Per) is not { } per
            || (tactic.Start ?? plan.PeriodStart) is not { } start || (tactic.Due ?? plan.PeriodEnd) is not { } due || due < start)
        {
            return null;
        }
        return new TargetSchedule(activity.Target.Value, per, start, due, calendar);
    }

    /// <summary>The handles committed by <paramref name="activity"/>, without duplicates, in the order written.</summary>
    public static IReadOnlyList<string> Assignees(PlanDocument plan, TacticDocument tactic, ActivityDocument activity)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return Assignees(tactic, activity, TeamMembers(plan));
    }

    /// <summary>A plan file's <c>per</c> (day, week, month, quarter, period); null when missing or unknown.</summary>
    public static TargetPeriod? Per(string? per) => per?.Trim().ToLowerInvariant() switch
    {
        "day" => TargetPeriod.Day,
        "week" => TargetPeriod.Week,
        "month" => TargetPeriod.Month,
        "quarter" => TargetPeriod.Quarter,
        "period" => TargetPeriod.Period,
        _ => null,
    };

    /// <summary>The status of an attainment under the organisation's <paramref name="thresholds"/>; <see cref="PaceStatus.NotStarted"/> when there is none (nothing due yet).</summary>
    public static PaceStatus Status(decimal? attainment, PaceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return thresholds.Status(attainment);
    }

    /// <summary>One tactic's commitments, with the plan's team members already found (the critique has them).</summary>
    internal static IEnumerable<CommitmentPace> Of(
        PlanDocument plan, TacticDocument tactic, ActivityFacts facts, DateOnly today, WorkingCalendar calendar, IReadOnlyList<string> team)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var activity in tactic.Activities)
        {
            if (Schedule(plan, tactic, activity, calendar) is not { } schedule)
            {
                continue;
            }
            var metric = activity.Metric!.Trim();
            var until = today < schedule.Due ? today : schedule.Due;
            var targetToDate = schedule.TargetThrough(today);
            var elapsed = schedule.ElapsedWorkingDays(today);
            foreach (var person in Assignees(tactic, activity, team))
            {
                var actual = facts.Total(person, metric, schedule.Start, until, tactic.Id);
                var attainment = targetToDate > 0m ? actual / targetToDate : (decimal?)null;
                var projected = elapsed > 0 ? actual * schedule.TotalWorkingDays / elapsed : (decimal?)null;
                yield return new CommitmentPace(tactic.Id, metric, activity.Unit, person, Per(activity.Per)!.Value, schedule.Start, schedule.Due,
                    targetToDate, actual, schedule.TargetTotal, elapsed, schedule.TotalWorkingDays, projected, attainment, Status(attainment, plan.Settings.Pace));
            }
        }
    }

    /// <summary>The handles committed by <paramref name="activity"/>, the plan's team members given.</summary>
    internal static IReadOnlyList<string> Assignees(TacticDocument tactic, ActivityDocument activity, IReadOnlyList<string> team)
    {
        var named = activity.Assignees is { Count: > 0 } assignees ? assignees : ["owner"];
        return [.. named.SelectMany(ExpandOwner).SelectMany(ExpandTeam).Distinct(StringComparer.OrdinalIgnoreCase)];

        IEnumerable<string> ExpandOwner(string handle) =>
            Is(handle, "owner") ? (string.IsNullOrWhiteSpace(tactic.Owner) ? [] : [tactic.Owner.Trim()]) : [handle.Trim()];

        IEnumerable<string> ExpandTeam(string handle) => Is(handle, "team") ? team : [handle];
    }

    /// <summary>Handles of the people whose team is the plan's team; none when the plan names no team.</summary>
    private static List<string> TeamMembers(PlanDocument plan) =>
        string.IsNullOrWhiteSpace(plan.Team)
            ? []
            : [.. plan.People.Where(person => !string.IsNullOrWhiteSpace(person.Handle) && Is(person.Team, plan.Team)).Select(person => person.Handle!.Trim())];

    private static bool Is(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
