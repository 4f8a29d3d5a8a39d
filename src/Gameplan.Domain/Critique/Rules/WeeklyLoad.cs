namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// The hours a week a tactic asks of each person (for GP403). Only activities measured in
/// minutes or hours count: per working day x working days a week, per week as is, per month
/// / 4.33, per quarter / 13, per period / the tactic's weeks. Effort hours are spread over the
/// tactic's weeks and given to its owner (split evenly when the owner is the team). A tactic's
/// weeks run from its start to its due date, else over the plan period; without either, the
/// per-period and effort parts are left out.
/// </summary>
internal static class WeeklyLoad
{
    private const decimal WeeksPerMonth = 4.33m;
    private const decimal WeeksPerQuarter = 13m;

    public static Dictionary<string, decimal> Of(CritiqueContext context, TacticDocument tactic)
    {
        var load = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        var weeks = Weeks(tactic.Start ?? context.Plan.PeriodStart, tactic.Due ?? context.Plan.PeriodEnd);
        foreach (var activity in tactic.Activities)
        {
            if (HoursPerWeek(activity, context.Settings.WorkingDays.Count, weeks) is not { } hours)
            {
                continue;
            }
            foreach (var person in context.Assignees(tactic, activity))
            {
                load[person] = load.GetValueOrDefault(person) + hours;
            }
        }
        if (tactic.EffortHours is > 0 && weeks is { } span && !CritiqueContext.IsBlank(tactic.Owner))
        {
            var owners = context.Expand(tactic.Owner!).ToList();
            foreach (var owner in owners)
            {
                load[owner] = load.GetValueOrDefault(owner) + (tactic.EffortHours.Value / span / owners.Count);
            }
        }
        return load;
    }

    private static decimal? HoursPerWeek(ActivityDocument activity, int workingDays, decimal? weeks)
    {
        var unit = activity.Unit?.Trim().ToLowerInvariant();
        if (activity.Target is not { } target || target <= 0 || unit is not ("minutes" or "hours"))
        {
            return null;
        }
        var hours = unit == "minutes" ? target / 60m : target;
        return activity.Per?.Trim().ToLowerInvariant() switch
        {
            "day" => hours * workingDays,
            "week" => hours,
            "month" => hours / WeeksPerMonth,
            "quarter" => hours / WeeksPerQuarter,
            "period" when weeks is { } span => hours / span,
            _ => null,
        };
    }

    private static decimal? Weeks(DateOnly? start, DateOnly? end) =>
        start is { } from && end is { } to && to >= from ? (to.DayNumber - from.DayNumber + 1) / 7m : null;
}
