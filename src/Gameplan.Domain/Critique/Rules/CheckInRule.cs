using Gameplan.Domain.CheckIns;
using Gameplan.Domain.Pace;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP503: a person on an active plan (its owner, or someone a commitment names) has missed two weekly
/// check-ins in a row, counted from the plan's start or the day they joined it, as of today within the
/// plan's period. Runs only with check-in data (<see cref="CheckInFacts"/>), which the app gives for active plans.
/// </summary>
internal sealed class CheckInRule : CritiqueRule
{
    public override string Id => "GP503";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.CheckIns is not { } facts || context.Plan.PeriodStart is not { } start || start > context.Today
            || context.Plan.PeriodEnd is { } end && end < context.Today)
        {
            yield break;
        }
        foreach (var person in People(context))
        {
            var since = facts.Joined(person) is { } joined && joined > start ? joined : start;
            var discipline = CheckInDiscipline.Of(facts.Of(person), since, context.Today, facts.Day);
            if (discipline.Lapsed)
            {
                var last = discipline.LastCheckIn is { } day ? FormattableString.Invariant($"last on {day:yyyy-MM-dd}") : "none since the plan started";
                yield return Report("plan",
                    $"{person} has not checked in for {discipline.MissedInARow} weeks in a row ({last}).",
                    "Ask in the next one-on-one what got in the way; a check-in takes five minutes and keeps the plan honest.");
            }
        }
    }

    /// <summary>The plan's owner and everyone its commitments name, each once, in plan order.</summary>
    private static IEnumerable<string> People(CritiqueContext context)
    {
        var owner = CritiqueContext.IsBlank(context.Plan.Owner) ? [] : new[] { context.Plan.Owner!.Trim() };
        var assignees = context.Tactics.SelectMany(placed => placed.Tactic.Activities
            .SelectMany(activity => PaceCalculator.Assignees(placed.Tactic, activity, context.TeamMembers)));
        return owner.Concat(assignees).Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
