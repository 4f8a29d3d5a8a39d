namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP501: at the pace logged so far, an assignee will reach less than 80% (warning) or 50%
/// (error) of an activity's target over the tactic. Projection: logged quantity x span / elapsed,
/// counted in working days for per-day activities and in calendar days otherwise. Runs only with
/// activity data, on tactics with start and due dates, after their first full week.
/// </summary>
internal sealed class PaceRule : CritiqueRule
{
    private const decimal WarningShare = 0.8m;
    private const decimal ErrorShare = 0.5m;

    public override string Id => "GP501";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Activities is not { } log)
        {
            yield break;
        }
        var calendar = new WorkingCalendar(context.Settings.WorkingDays);
        foreach (var placed in context.Tactics)
        {
            if (placed.Tactic is not { Start: { } start, Due: { } due } || context.Today < start.AddDays(7) || due < start)
            {
                continue;
            }
            var until = context.Today < due ? context.Today : due;
            foreach (var activity in placed.Tactic.Activities.Where(activity => activity.Target > 0 && !CritiqueContext.IsBlank(activity.Metric)))
            {
                var perDay = activity.Per?.Trim().ToLowerInvariant() == "day";
                decimal span = perDay ? calendar.WorkingDays(start, due) : due.DayNumber - start.DayNumber + 1;
                decimal elapsed = perDay ? calendar.WorkingDays(start, until) : until.DayNumber - start.DayNumber + 1;
                if (Target(activity, calendar, start, due) is not { } target || span == 0 || elapsed == 0)
                {
                    continue;
                }
                foreach (var person in context.Assignees(placed.Tactic, activity))
                {
                    var done = log.For(placed.Tactic.Id, activity.Metric)
                        .Where(entry => CritiqueContext.SameName(entry.Person, person) && entry.Date >= start && entry.Date <= until)
                        .Sum(entry => entry.Quantity);
                    var projected = done * span / elapsed;
                    if (projected >= target * WarningShare)
                    {
                        continue;
                    }
                    var severity = projected < target * ErrorShare ? FindingSeverity.Error : FindingSeverity.Warning;
                    yield return Report(severity, placed.Path, FormattableString.Invariant(
                        $"{person} is on pace for {projected:0.#} of {target:0.#} {activity.Metric} in tactic {placed.Label} ({Math.Round(projected / target * 100m)}%)."),
                        "Look at what blocks the activity in the next one-on-one, or adjust the commitment openly.");
                }
            }
        }
    }

    /// <summary>The total each assignee commits to over the tactic.</summary>
    private static decimal? Target(ActivityDocument activity, WorkingCalendar calendar, DateOnly start, DateOnly due)
    {
        var target = activity.Target!.Value;
        var weeks = WorkingCalendar.Weeks(start, due);
        return activity.Per?.Trim().ToLowerInvariant() switch
        {
            "day" => target * calendar.WorkingDays(start, due),
            "week" => target * weeks,
            "month" => target * weeks / 4.33m,
            "quarter" => target * Math.Max(1m, weeks / 13m),
            "period" => target,
            _ => null,
        };
    }
}
