using Gameplan.Domain.Critique;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Progress;

/// <summary>
/// Goal progress as of a day. The current value is the latest measurement on or before today
/// (measurements may come in any order; on a tie the later-listed wins); failing that, for a goal
/// whose metric is an activity metric of the plan, the baseline plus the activity the plan's people
/// logged under that metric from the plan's start to today (no later than its end); failing that,
/// the baseline (no progress yet). Progress is (current - baseline) / (target - baseline), which
/// reads the same for increase and decrease goals; a maintain goal is 1 while within
/// <see cref="MaintainTolerance"/> of its target, else 0. A goal without a baseline takes its
/// earliest measurement (or 0 for an activity goal) as the baseline.
/// </summary>
public static class GoalProgressCalculator
{
    /// <summary>A maintain goal holds while its value is within this share of the target (5%).</summary>
    public const decimal MaintainTolerance = 0.05m;

    /// <summary>Every goal of <paramref name="plan"/>, in plan order; activity goals read <paramref name="facts"/> when given.</summary>
    public static IReadOnlyList<GoalProgress> Of(PlanDocument plan, ActivityFacts? facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var activityMetrics = plan.Strategies.SelectMany(strategy => strategy.Tactics).Concat(plan.Tactics)
            .SelectMany(tactic => tactic.Activities).Select(activity => activity.Metric?.Trim())
            .OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var people = plan.People.Select(person => person.Handle?.Trim()).Where(handle => !string.IsNullOrEmpty(handle)).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return [.. plan.Goals.Select(goal => Of(goal, today, Logged(goal)))];

        decimal? Logged(GoalDocument goal)
        {
            if (facts is null || plan.PeriodStart is not { } start || goal.Metric?.Trim() is not { Length: > 0 } metric || !activityMetrics.Contains(metric))
            {
                return null;
            }
            var until = plan.PeriodEnd is { } end && end < today ? end : today;
            return people.Sum(person => facts.Total(person, metric, start, until, null));
        }
    }

    /// <summary>One goal's progress.</summary>
    /// <param name="goal">The goal.</param>
    /// <param name="today">Measurements after this day are ignored.</param>
    /// <param name="logged">Activity logged under the goal's metric to date, for an activity goal; null otherwise.</param>
    public static GoalProgress Of(GoalDocument goal, DateOnly today, decimal? logged = null)
    {
        ArgumentNullException.ThrowIfNull(goal);
        var measured = goal.Measurements.Select((measurement, order) => (measurement, order)).Where(item => item.measurement.Date <= today)
            .OrderBy(item => item.measurement.Date).ThenBy(item => item.order).Select(item => item.measurement).ToList();
        var latest = measured.Count > 0 ? measured[^1] : null;
        var baseline = goal.Baseline ?? (latest is null ? (logged is null ? null : 0m) : measured[0].Value);
        var (current, source, prefix) = latest is not null ? (latest.Value, GoalValueSource.Measurement, "")
            : logged is { } sum && baseline is { } from ? (from + sum, GoalValueSource.Activity, $"{Numbers.Quantity(from)} + {Numbers.Quantity(sum)} logged = {Numbers.Quantity(from + sum)}; ")
            : (baseline, GoalValueSource.Baseline, "nothing measured yet; ");
        var direction = Direction(goal.Direction, baseline, goal.Target);
        (decimal? Raw, string Formula) progress = (goal.Target, baseline, current, direction) switch
        {
            (null, _, _, _) => ((decimal?)null, "no target"),
            (_, null, _, _) => (null, "no baseline and no measurement"),
            ({ } target, _, { } value, GoalDirection.Maintain) => Maintain(value, target),
            ({ } target, { } start, { } value, _) when target == start => Reached(value, target, direction),
            ({ } target, { } start, { } value, _) => Share(value, start, target),
            _ => (null, "no value"),
        };
        return new GoalProgress(goal.Id, goal.Unit, direction, baseline, goal.Target, current, latest?.Date, source,
            progress.Raw, progress.Raw is null ? progress.Formula : prefix + progress.Formula, goal.Weight ?? 1m);
    }

    /// <summary>The stated direction, else increase or decrease from baseline to target, maintain when equal.</summary>
    public static GoalDirection? Direction(string? stated, decimal? baseline, decimal? target) => stated?.Trim().ToLowerInvariant() switch
    {
        "increase" => GoalDirection.Increase,
        "decrease" => GoalDirection.Decrease,
        "maintain" => GoalDirection.Maintain,
        _ when target is null => null,
        _ when baseline is null || target > baseline => GoalDirection.Increase,
        _ when target < baseline => GoalDirection.Decrease,
        _ => GoalDirection.Maintain,
    };

    private static (decimal? Raw, string Formula) Share(decimal value, decimal baseline, decimal target)
    {
        var raw = (value - baseline) / (target - baseline);
        return (raw, $"({Numbers.Quantity(value)} - {Numbers.Quantity(baseline)}) / ({Numbers.Quantity(target)} - {Numbers.Quantity(baseline)}) = {Numbers.Ratio(raw)}");
    }

    /// <summary>An increase or decrease goal whose target equals its baseline: reached or not.</summary>
    private static (decimal? Raw, string Formula) Reached(decimal value, decimal target, GoalDirection? direction)
    {
        var reached = direction == GoalDirection.Decrease ? value <= target : value >= target;
        return (reached ? 1m : 0m, $"{Numbers.Quantity(value)} {(direction == GoalDirection.Decrease ? "<=" : ">=")} {Numbers.Quantity(target)}: {(reached ? "yes, 1" : "no, 0")}");
    }

    private static (decimal? Raw, string Formula) Maintain(decimal value, decimal target)
    {
        var gap = Math.Abs(value - target);
        var tolerance = Math.Abs(target) * MaintainTolerance;
        var within = gap <= tolerance;
        return (within ? 1m : 0m, $"|{Numbers.Quantity(value)} - {Numbers.Quantity(target)}| = {Numbers.Quantity(gap)}, "
            + $"{(within ? "within" : "beyond")} {Numbers.Quantity(tolerance)} (5% of {Numbers.Quantity(target)}): {(within ? 1 : 0)}");
    }
}
