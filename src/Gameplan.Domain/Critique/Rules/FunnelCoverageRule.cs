namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP611: the commitments on a stage metric give less than the funnel requires of it for a goal:
/// a warning below 100%, an error below 50%. Only stages with commitments are judged (a stage nobody
/// commits to is GP612 at the first stage and untracked elsewhere).
/// </summary>
internal sealed class FunnelCoverageRule : CritiqueRule
{
    private const decimal ErrorShare = 0.5m;

    public override string Id => "GP611";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        foreach (var goal in context.FunnelModel.Goals)
        {
            foreach (var stage in goal.Stages)
            {
                if (stage.Coverage is not { } coverage || coverage >= 1m)
                {
                    continue;
                }
                var severity = coverage < ErrorShare ? FindingSeverity.Error : FindingSeverity.Warning;
                yield return Report(severity, $"goals[{goal.Id}]", FormattableString.Invariant(
                    $"The commitments give {Numbers.Percent(coverage)}% of the {stage.Metric} that goal {CritiqueContext.Quote(goal.Title, goal.Id)} needs at these rates: {Numbers.Format(stage.Committed!.Value, 2, grouped: true)} of {Numbers.Format(stage.Required, 0, grouped: true)} from {goal.Window.Start:yyyy-MM-dd} to {goal.Window.End:yyyy-MM-dd}."),
                    "Raise the commitments on this metric, add people, improve the conversion rates with a tactic, or lower the target openly.");
            }
        }
    }
}
