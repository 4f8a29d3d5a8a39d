using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP501: at the pace logged so far, an assignee will reach less than 80% (warning) or 50%
/// (error) of a commitment's target over the tactic. Targets and projections come from the pace
/// engine (<see cref="PaceCalculator"/>): the projected total is what was logged so far, per elapsed
/// working day, times the tactic's working days. Runs only with activity data, and not in a
/// tactic's first seven days, when a slow start says little.
/// </summary>
internal sealed class PaceRule : CritiqueRule
{
    private const decimal WarningShare = 0.8m;
    private const decimal ErrorShare = 0.5m;
    private const int GraceDays = 7;

    public override string Id => "GP501";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Activities is not { } log)
        {
            yield break;
        }
        var calendar = WorkingCalendar.Of(context.Settings);
        foreach (var placed in context.Tactics)
        {
            var paces = PaceCalculator.Of(context.Plan, placed.Tactic, log, context.Today, calendar, context.TeamMembers);
            foreach (var pace in paces)
            {
                // An assignee the plan does not know ("Sales") logs nothing: GP404 names the cause once.
                if (context.IsUnknownPerson(pace.Person) || context.Today < pace.Start.AddDays(GraceDays) || pace.TargetTotal <= 0m || pace.ProjectedTotal is not { } projected
                    || projected >= pace.TargetTotal * WarningShare)
                {
                    continue;
                }
                var severity = projected < pace.TargetTotal * ErrorShare ? FindingSeverity.Error : FindingSeverity.Warning;
                var percent = Numbers.Percent(projected / pace.TargetTotal);
                yield return Report(severity, placed.Path, FormattableString.Invariant(
                    $"{pace.Person} is on pace for {Numbers.Format(projected, 1)} of {Numbers.Format(pace.TargetTotal, 1)} {pace.Metric} in tactic {placed.Label} ({percent}%): {Numbers.Format(pace.ActualToDate, 1)} logged of {Numbers.Format(pace.TargetToDate, 1)} due by {context.Today:yyyy-MM-dd}."),
                    "Look at what blocks the activity in the next one-on-one, or adjust the commitment openly.");
            }
        }
    }
}
