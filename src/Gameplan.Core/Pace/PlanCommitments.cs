using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Pace;

/// <summary>Each commitment x assignee of a plan with its target schedule, for the team views (heatmap).</summary>
internal static class PlanCommitments
{
    /// <summary>Each commitment x assignee of the plan with its target schedule; commitments without one are skipped, as the pace engine skips them.</summary>
    public static IEnumerable<(string Person, string Metric, TargetSchedule Schedule, TargetPeriod Per)> Of(PlanDocument plan)
    {
        var calendar = WorkingCalendar.Of(plan.Settings);
        foreach (var tactic in plan.Strategies.SelectMany(s => s.Tactics).Concat(plan.Tactics))
        {
            foreach (var activity in tactic.Activities)
            {
                if (PaceCalculator.Schedule(plan, tactic, activity, calendar) is not { } schedule)
                {
                    continue;
                }
                foreach (var person in PaceCalculator.Assignees(plan, tactic, activity))
                {
                    yield return (person, activity.Metric!.Trim(), schedule, PaceCalculator.Per(activity.Per)!.Value);
                }
            }
        }
    }
}
