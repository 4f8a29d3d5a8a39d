namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP104: no goal is measurable (metric, target and due date), so the plan has no measurable result.</summary>
internal sealed class MeasurableGoalsRule : CritiqueRule
{
    public override string Id => "GP104";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public static bool IsMeasurable(GoalDocument goal) =>
        !CritiqueContext.IsBlank(goal.Metric) && goal.Target is not null && goal.Due is not null;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var goals = context.Plan.Goals;
        if (goals.Count == 0)
        {
            yield return Report("goals", $"Plan {CritiqueContext.Quote(context.Plan.Name, "plan")} has no goals.",
                "Add at least one goal with a metric, a target and a due date.");
        }
        else if (!goals.Any(IsMeasurable))
        {
            yield return Report("goals", $"None of the goals of plan {CritiqueContext.Quote(context.Plan.Name, "plan")} is measurable.",
                "Give at least one goal a metric, a target and a due date.");
        }
    }
}
