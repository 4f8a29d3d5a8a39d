namespace Gameplan.Domain.Plans;

/// <summary>Which way a goal's metric should move from its baseline.</summary>
public enum GoalDirection
{
    Increase,
    Decrease,
    Maintain,
}
