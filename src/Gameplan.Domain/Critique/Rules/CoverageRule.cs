using Gameplan.Domain.Alignment;
using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP601: the child plans' contributions to a goal add up to less than its target: a warning below
/// 100%, an error below 50%. Runs for the goals that at least one child plan contributes to (a goal
/// nobody cascades is this plan's own to deliver) and that grow towards their target.
/// </summary>
internal sealed class CoverageRule : CritiqueRule
{
    private const decimal ErrorShare = 0.5m;

    public override string Id => "GP601";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Family is not { Children.Count: > 0 } family)
        {
            yield break;
        }
        var goals = context.Plan.Goals;
        for (var index = 0; index < goals.Count; index++)
        {
            var goal = goals[index];
            if (CritiqueContext.IsBlank(goal.Id) || !Grows(goal))
            {
                continue;
            }
            var coverage = Coverage.OfGoal(goal, family.Children);
            if (!coverage.IsCascaded || coverage.Ratio is not { } ratio || ratio >= 1m)
            {
                continue;
            }
            var severity = ratio < ErrorShare ? FindingSeverity.Error : FindingSeverity.Warning;
            var parts = string.Join(", ", coverage.Contributions.Select(Describe));
            yield return Report(severity, CritiqueContext.GoalPath(goal, index), FormattableString.Invariant(
                $"The child plans cover {Numbers.Format(coverage.Covered, 2, grouped: true)} of the {Numbers.Format(coverage.Target!.Value, 2, grouped: true)} {Measure(goal)} of goal {CritiqueContext.Quote(goal.Title, goal.Id)} ({coverage.Percent}%): {parts}."),
                "Agree higher contributions with the child plans, add a plan for the part nobody carries, or lower the target openly.");
        }
    }

    private static bool Grows(GoalDocument goal)
    {
        var direction = goal.Direction?.Trim().ToLowerInvariant() switch
        {
            "decrease" => GoalDirection.Decrease,
            "maintain" => GoalDirection.Maintain,
            "increase" => GoalDirection.Increase,
            _ => Goal.InferDirection(goal.Baseline, goal.Target),
        };
        return direction == GoalDirection.Increase && goal.Target is > 0m;
    }

    private static string Measure(GoalDocument goal) =>
        !CritiqueContext.IsBlank(goal.Metric) ? goal.Metric!.Trim()
        : !CritiqueContext.IsBlank(goal.Unit) ? goal.Unit!.Trim()
        : "units";

    private static string Describe(Contribution contribution)
    {
        var who = CritiqueContext.IsBlank(contribution.Plan) ? "(unnamed plan)" : contribution.Plan!.Trim();
        return contribution.Counted
            ? FormattableString.Invariant($"{who} {Numbers.Format(contribution.Amount, 2, grouped: true)}")
            : $"{who} none (another unit)";
    }
}
