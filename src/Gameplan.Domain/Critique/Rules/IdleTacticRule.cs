using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP502: a tactic under way today (started, not yet due; a tactic without dates runs over the
/// plan period) with activity commitments has had no activity logged by its assignees for 7 days
/// or more (counted from its start when nothing was logged since). Only activity from the start
/// on, by an assignee, under a committed metric, counted towards the tactic, is activity here, as
/// in the pace engine. Runs only with activity data.
/// </summary>
internal sealed class IdleTacticRule : CritiqueRule
{
    private const int IdleDays = 7;
    private const int NamesShown = 3;

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
            if ((tactic.Start ?? context.Plan.PeriodStart) is not { } start || start > context.Today || (tactic.Due ?? context.Plan.PeriodEnd) < context.Today)
            {
                continue;
            }
            var commitments = tactic.Activities
                .Where(activity => !CritiqueContext.IsBlank(activity.Metric))
                .SelectMany(activity => PaceCalculator.Assignees(tactic, activity, context.TeamMembers).Select(person => (person, metric: activity.Metric!.Trim())))
                .Where(commitment => !context.IsUnknownPerson(commitment.person))
                .ToList();
            if (commitments.Count == 0)
            {
                continue;
            }
            var last = commitments.Max(commitment => log.LastDay(commitment.person, commitment.metric, start, context.Today, tactic.Id));
            var since = last ?? start;
            var days = context.Today.DayNumber - since.DayNumber;
            if (days >= IdleDays)
            {
                var what = last is { } date ? FormattableString.Invariant($"since {date:yyyy-MM-dd}") : FormattableString.Invariant($"since it started on {start:yyyy-MM-dd}");
                yield return Report(placed.Path,
                    $"Tactic {placed.Label} has had no activity logged by {Names(commitments.Select(commitment => commitment.person))} {what}, {days} days ago.",
                    "Log the activity done, or find out in the next tactical review why it stalled.");
            }
        }
    }

    private static string Names(IEnumerable<string> people)
    {
        var names = people.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return names.Count <= NamesShown
            ? string.Join(" or ", names)
            : $"{string.Join(", ", names.Take(NamesShown))} or {names.Count - NamesShown} others";
    }
}
