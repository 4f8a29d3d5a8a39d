using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Pace;

namespace Gameplan.Web.Plans;

/// <summary>
/// How a goal stands today, as the plan page shows it beside the goal: its progress (the pace report's, 0..1),
/// its current value, and its pace against the share of its span gone by (<see cref="GoalPace"/>).
/// </summary>
public sealed record GoalStanding(decimal? Progress, decimal? Value, decimal Expected, PaceStatus? Status, string Formula)
{
    /// <summary>The standing of each goal of <paramref name="plan"/> (by key) from its pace report; the report lists goals in plan order.</summary>
    /// <param name="thresholds">The organisation's pace thresholds.</param>
    public static IReadOnlyDictionary<string, GoalStanding> Of(PlanDetails plan, PaceReport report, PaceThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(report);
        var start = plan.Period.Start ?? report.Today;
        var end = plan.Period.End ?? report.Today;
        var standings = new Dictionary<string, GoalStanding>(StringComparer.OrdinalIgnoreCase);
        foreach (var (goal, index) in plan.Goals.Select((g, i) => (g, i)))
        {
            var line = report.Goals.ElementAtOrDefault(index);
            var (expected, status) = GoalPace.Of(line?.Progress, start, goal.Due ?? end, report.Today, thresholds);
            standings.TryAdd(goal.Key, new GoalStanding(Numbers.RoundRatio(line?.Progress), line?.Value, expected, status,
                (line is null ? "" : line.Formula + "; ") + GoalPace.Formula(line?.Progress, expected, thresholds)));
        }
        return standings;
    }
}
