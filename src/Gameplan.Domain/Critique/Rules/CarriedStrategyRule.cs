namespace Gameplan.Domain.Critique.Rules;

/// <summary>
/// GP602: a plan that child plans carry out has a strategy that neither a tactic of its own nor a
/// child plan carries out. Runs only for a parent (at least one child plan), where the cascade is
/// how strategies get done; GP107 still reports the missing tactics.
/// </summary>
internal sealed class CarriedStrategyRule : CritiqueRule
{
    public override string Id => "GP602";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        if (context.Family is not { Children.Count: > 0 })
        {
            return [];
        }
        return context.Plan.Strategies
            .Select((strategy, index) => (strategy, index))
            .Where(item => item.strategy.Tactics.Count == 0 && !context.IsCarriedByChild(item.strategy))
            .Select(item => Report(CritiqueContext.StrategyPath(item.strategy, item.index),
                $"No child plan and no tactic carries out strategy {CritiqueContext.Quote(item.strategy.Statement, item.strategy.Id)}.",
                "Ask a team to carry it out in its plan (its parent names this strategy), or add tactics here."));
    }
}
