namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP113: a strategy serves no goal of the plan (none listed, or only unknown ids).</summary>
internal sealed class StrategyGoalRule : CritiqueRule
{
    public override string Id => "GP113";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var goalIds = context.Plan.Goals.Select(goal => goal.Id?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return context.Plan.Strategies
            .Select((strategy, index) => (strategy, index))
            .Where(item => !item.strategy.Goals.Any(id => goalIds.Contains(id.Trim())))
            .Select(item => Report(CritiqueContext.StrategyPath(item.strategy, item.index),
                $"Strategy {CritiqueContext.Quote(item.strategy.Statement, item.strategy.Id)} serves no goal of the plan.",
                "Link it to the goal it moves, or question why it is in the plan."));
    }
}
