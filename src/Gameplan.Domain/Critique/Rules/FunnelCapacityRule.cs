using Gameplan.Domain.Funnels;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP613: the daily volume a goal's funnel requires of a person takes more hours a week than their
/// capacity. Each stage's volume per person per working day is timed by the stage's minutes (stated,
/// or the documented default of <see cref="FunnelStageDocument.DefaultMinutes"/>; stages with neither
/// are not counted) and by the working days of a week; a person's stages add up. Only people with a
/// known capacity are checked, and only while the goal's activity window has working days.
/// </summary>
internal sealed class FunnelCapacityRule : CritiqueRule
{
    public override string Id => "GP613";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Plan.Funnel is not { } funnel)
        {
            yield break;
        }
        var daysPerWeek = context.Settings.WorkingDays.Count;
        foreach (var goal in context.FunnelModel.Goals)
        {
            var hours = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
            foreach (var stage in goal.Stages)
            {
                var minutes = funnel.Stages.FirstOrDefault(written => Funnel.SameMetric(written.Metric, stage.Metric))?.MinutesEach;
                if (minutes is not > 0m || stage.PerPersonPerDay is not { } daily)
                {
                    continue;
                }
                foreach (var person in stage.Assignees)
                {
                    hours[person] = hours.GetValueOrDefault(person) + (daily * minutes.Value / 60m * daysPerWeek);
                }
            }
            foreach (var (handle, load) in hours)
            {
                if (context.Person(handle)?.CapacityHoursPerWeek is not { } capacity || capacity <= 0m || load <= capacity)
                {
                    continue;
                }
                yield return Report($"goals[{goal.Id}]", FormattableString.Invariant(
                    $"Goal {CritiqueContext.Quote(goal.Title, goal.Id)} needs {Numbers.Format(load, 1)} hours a week of {handle}'s funnel activity, more than a capacity of {Numbers.Format(capacity, 1)} hours."),
                    "Spread the activity over more people, start earlier, raise the conversion rates or the deal value, or lower the target openly.");
            }
        }
    }
}
