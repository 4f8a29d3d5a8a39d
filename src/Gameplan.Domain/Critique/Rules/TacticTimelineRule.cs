namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP110: a tactic has no timeline (no due date).</summary>
internal sealed class TacticTimelineRule : CritiqueRule
{
    public override string Id => "GP110";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Tactics
            .Where(placed => placed.Tactic.Due is null)
            .Select(placed => Report(placed.Path, $"Tactic {placed.Label} has no due date.",
                "Give it a start and a due date; tactics are short-term."));
}
