using Gameplan.Domain.Classification;

namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP201: a strategy reads as a goal (a result, not a choice of where or how to win).</summary>
internal sealed class StrategyAsGoalRule : CritiqueRule
{
    public override string Id => "GP201";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        foreach (var (strategy, index) in context.Plan.Strategies.Select((strategy, index) => (strategy, index)))
        {
            if (Verdicts.Confident(context, strategy.Statement, StatementKind.Goal) is { } verdict)
            {
                yield return Report(CritiqueContext.StrategyPath(strategy, index),
                    $"Strategy {CritiqueContext.Quote(strategy.Statement, strategy.Id)} reads as a goal: it names a result, not where or how you will win ({Verdicts.Why(verdict)}).",
                    "Make it a goal if it is one, and write the strategy as a choice: which customers, which approach.");
            }
        }
    }
}
