namespace Gameplan.Domain.Plans;

/// <summary>A strategy's claim to serve a goal of the same plan.</summary>
public sealed class StrategyGoal
{
    private StrategyGoal() { }

    internal StrategyGoal(Goal goal) => Goal = goal;

    public int StrategyId { get; private set; }

    public int GoalId { get; private set; }

    public Goal Goal { get; private set; } = null!;
}
