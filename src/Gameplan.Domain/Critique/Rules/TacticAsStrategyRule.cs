using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP203: a tactic reads as a strategy or a goal (not a concrete action).</summary>
internal sealed class TacticAsStrategyRule : CritiqueRule
{
    public override string Id => "GP203";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        foreach (var placed in context.Tactics)
        {
            if (Verdicts.Confident(context, placed.Tactic.Action, StatementKind.Strategy, StatementKind.Goal) is { } verdict)
            {
                var kind = verdict.Kind == StatementKind.Goal ? "a goal" : "a strategy";
                yield return Report(placed.Path,
                    $"Tactic {placed.Label} reads as {kind}, not a concrete action ({Verdicts.Why(verdict)}).",
                    "Say what will be done, by whom and how often, e.g. 'call five renewals every Monday'.");
            }
        }
    }
}
