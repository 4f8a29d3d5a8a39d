namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP612: a goal the funnel models has no commitment on the funnel's first stage, so nothing in the
/// plan makes the activity that starts every deal happen.
/// </summary>
internal sealed class FunnelEntryRule : CritiqueRule
{
    public override string Id => "GP612";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        foreach (var goal in context.FunnelModel.Goals)
        {
            if (goal.Stages is [var first, ..] && first.Committed is null && first.Required > 0m)
            {
                yield return Report($"goals[{goal.Id}]", FormattableString.Invariant(
                    $"Goal {CritiqueContext.Quote(goal.Title, goal.Id)} needs {Numbers.Format(first.Required, 0, grouped: true)} {first.Metric} by {goal.Window.End:yyyy-MM-dd}, but no tactic commits anyone to {first.Metric}."),
                    $"Add an activity commitment on '{first.Metric}' to a tactic, with the people who will do it.");
            }
        }
    }
}
