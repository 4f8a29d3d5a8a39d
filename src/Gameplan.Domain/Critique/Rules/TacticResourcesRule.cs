namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP111: a tactic does not state its tools or resources (an empty list means "none needed" and passes).</summary>
internal sealed class TacticResourcesRule : CritiqueRule
{
    public override string Id => "GP111";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Tactics
            .Where(placed => placed.Tactic.Resources is null)
            .Select(placed => Report(placed.Path, $"Tactic {placed.Label} does not state the tools or resources it needs.",
                "List the tools, budget or people it needs, or an empty list when it needs none."));
}
