using Gameplan.Domain.Critique;
using Gameplan.Domain.Progress;

namespace Gameplan.Domain.Pace;

/// <summary>
/// The entry point for a plan's pace and progress (<c>gameplan pace</c>, the dashboards). Pure:
/// today and the activity log come in. For exact values use the parts directly:
/// <see cref="PaceCalculator"/> (commitments), <see cref="GoalProgressCalculator"/> (goals) and
/// <see cref="GoalRollup"/> (strategies, plan).
/// </summary>
public static class PlanPace
{
    /// <summary>The plan's pace and progress as of <paramref name="today"/> (included), rounded for display.</summary>
    /// <param name="plan">The plan; its <c>settings</c> give working days, holidays and the roll-up method.</param>
    /// <param name="facts">The activity log; null is an empty one.</param>
    /// <param name="today">The day to measure at.</param>
    public static PaceReport Report(PlanDocument plan, ActivityFacts? facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(plan);
        facts ??= new ActivityFacts([]);
        var commitments = PaceCalculator.Of(plan, facts, today);
        var goals = GoalProgressCalculator.Of(plan, facts, today);
        var whole = GoalRollup.Combine(goals, plan.Settings.Rollup);
        return new PaceReport(
            plan.Name,
            today,
            [.. commitments.Select(Line)],
            [.. goals.Select(Line)],
            new PaceProgressLine(Numbers.Round(whole.Value, Numbers.RatioDecimals), whole.Method, whole.Formula),
            [.. plan.Strategies.Select(strategy => (strategy, rollup: Strategy(strategy, goals, plan.Settings.Rollup)))
                .Select(item => new PaceStrategyLine(item.strategy.Id, Numbers.Round(item.rollup.Value, Numbers.RatioDecimals),
                    item.rollup.Method, item.rollup.Formula, item.rollup.Goals))]);
    }

    /// <summary>A strategy's progress: the goals it serves (by id), rolled up by <paramref name="rollup"/>.</summary>
    public static ProgressRollup Strategy(StrategyDocument strategy, IReadOnlyList<GoalProgress> goals, string? rollup)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        ArgumentNullException.ThrowIfNull(goals);
        var served = strategy.Goals.Select(id => id.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return GoalRollup.Combine([.. goals.Where(goal => goal.Id is not null && served.Contains(goal.Id.Trim()))], rollup);
    }

    private static PaceCommitmentLine Line(CommitmentPace pace) => new(
        pace.TacticId, pace.Metric, pace.Person,
        Numbers.Round(pace.TargetToDate, Numbers.QuantityDecimals), Numbers.Round(pace.ActualToDate, Numbers.QuantityDecimals),
        Numbers.Round(pace.TargetTotal, Numbers.QuantityDecimals), Numbers.Round(pace.ProjectedTotal, Numbers.QuantityDecimals),
        Numbers.Round(pace.Attainment, Numbers.RatioDecimals), pace.Status, pace.Unit, pace.Per.ToString().ToLowerInvariant(),
        pace.Start, pace.Due, pace.ElapsedWorkingDays, pace.TotalWorkingDays);

    private static PaceGoalLine Line(GoalProgress goal) => new(
        goal.Id, Numbers.Round(goal.Progress, Numbers.RatioDecimals), goal.Formula, Numbers.Round(goal.RawProgress, Numbers.RatioDecimals),
        Numbers.Round(goal.Current, Numbers.QuantityDecimals), goal.Baseline, goal.Target, goal.Unit, goal.Direction, goal.Source, goal.MeasuredOn);
}
