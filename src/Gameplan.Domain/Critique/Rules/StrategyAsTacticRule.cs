using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP202: a strategy reads as a tactic (a single action, too narrow for a direction).</summary>
internal sealed class StrategyAsTacticRule : CritiqueRule
{
    public override string Id => "GP202";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        foreach (var (strategy, index) in context.Plan.Strategies.Select((strategy, index) => (strategy, index)))
        {
            if (Verdicts.Confident(context, strategy.Statement, StatementKind.Tactic) is { } verdict)
            {
                yield return Report(CritiqueContext.StrategyPath(strategy, index),
                    $"Strategy {CritiqueContext.Quote(strategy.Statement, strategy.Id)} reads as a tactic: it is a single action, too narrow for a direction ({Verdicts.Why(verdict)}).",
                    "Move the action under a strategy as a tactic, and state the broader choice it serves.");
            }
        }
    }
}
