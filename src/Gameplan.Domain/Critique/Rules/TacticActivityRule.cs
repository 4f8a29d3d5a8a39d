namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP112: a tactic has no measurable activity commitment (a metric with a positive target).</summary>
internal sealed class TacticActivityRule : CritiqueRule
{
    public override string Id => "GP112";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Tactics
            .Where(placed => !placed.Tactic.Activities.Any(activity => !CritiqueContext.IsBlank(activity.Metric) && activity.Target > 0))
            .Select(placed => Report(placed.Path, $"Tactic {placed.Label} has no measurable activity commitment.",
                "Tie it to an activity you can count, e.g. 60 prospecting minutes per working day."));
}
