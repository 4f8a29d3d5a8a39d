namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP109: a tactic has no owner.</summary>
internal sealed class TacticOwnerRule : CritiqueRule
{
    public override string Id => "GP109";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Tactics
            .Where(placed => CritiqueContext.IsBlank(placed.Tactic.Owner))
            .Select(placed => Report(placed.Path, $"Tactic {placed.Label} has no owner.",
                "Name the person who will do it, or 'team' when everyone in the team does."));
}
