namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP107: a strategy has no tactics (a strategy without a plan is a dream). A strategy that a child
/// plan carries out has its plan there, so it is not reported.
/// </summary>
internal sealed class StrategyTacticsRule : CritiqueRule
{
    public override string Id => "GP107";

    public override FindingSeverity Severity => FindingSeverity.Error;

    public override IEnumerable<Finding> Check(CritiqueContext context) =>
        context.Plan.Strategies
            .Select((strategy, index) => (strategy, index))
            .Where(item => item.strategy.Tactics.Count == 0 && !context.IsCarriedByChild(item.strategy))
            .Select(item => Report(CritiqueContext.StrategyPath(item.strategy, item.index),
                $"Strategy {CritiqueContext.Quote(item.strategy.Statement, item.strategy.Id)} has no tactics: a strategy without a plan is a dream.",
                "Add the concrete, time-bound actions that carry it out, each with an owner."));
}
