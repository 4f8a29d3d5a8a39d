namespace Gameplan.Domain.Critique.Rules;

/// <summary>GP114: a goal is served by no strategy.</summary>
internal sealed class UnservedGoalRule : CritiqueRule
{
    public override string Id => "GP114";

    public override FindingSeverity Severity => FindingSeverity.Warning;

    public override IEnumerable<Finding> Check(CritiqueContext context)
    {
        var served = context.Plan.Strategies.SelectMany(strategy => strategy.Goals).Select(id => id.Trim())
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return context.Plan.Goals
            .Select((goal, index) => (goal, index))
            .Where(item => item.goal.Id is null || !served.Contains(item.goal.Id.Trim()))
            .Select(item => Report(CritiqueContext.GoalPath(item.goal, item.index),
                $"Goal {CritiqueContext.Quote(item.goal.Title, item.goal.Id)} is served by no strategy.",
                "Choose how you will win it: add a strategy that lists this goal."));
    }
}
