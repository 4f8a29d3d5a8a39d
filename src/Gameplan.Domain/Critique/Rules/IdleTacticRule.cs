namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP502: a tactic under way today (started, not yet due) with activity commitments has had no
/// activity logged for 7 days or more (counted from its start when nothing was ever logged).
/// Runs only with activity data.
/// </summary>
internal sealed class IdleTacticRule : CritiqueRule
{
    private const int IdleDays = 7;

    public override string Id => "GP502";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Activities is not { } log)
        {
            yield break;
        }
        foreach (var placed in context.Tactics)
        {
            var tactic = placed.Tactic;
            var start = tactic.Start ?? context.Plan.PeriodStart;
            if (start is not { } from || from > context.Today || tactic.Due < context.Today || tactic.Activities.Count == 0)
            {
                continue;
            }
            var last = tactic.Activities
                .SelectMany(activity => log.For(tactic.Id, activity.Metric))
                .Where(entry => entry.Date <= context.Today)
                .Max(entry => (DateOnly?)entry.Date);
            var since = last ?? from;
            if (context.Today.DayNumber - since.DayNumber >= IdleDays)
            {
                var what = last is { } date ? $"since {date:yyyy-MM-dd}" : "since it started";
                yield return Report(placed.Path,
                    $"Tactic {placed.Label} has had no activity logged {what}, {context.Today.DayNumber - since.DayNumber} days ago.",
                    "Log the activity done, or find out in the next tactical review why it stalled.");
            }
        }
    }
}
