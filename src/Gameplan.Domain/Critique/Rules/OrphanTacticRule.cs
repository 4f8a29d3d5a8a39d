namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP108: a tactic is tied to no strategy (busy work).</summary>
internal sealed class OrphanTacticRule : CritiqueRule
{
    public override string Id => "GP108";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Tactics
            .Where(placed => placed.Strategy is null)
            .Select(placed => Report(placed.Path,
                $"Tactic {placed.Label} is tied to no strategy: a plan without a strategy is busy work.",
                "Move it under the strategy it serves, or drop it."));
}
