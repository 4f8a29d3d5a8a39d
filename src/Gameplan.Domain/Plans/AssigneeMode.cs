namespace Gameplan.Domain.Plans;

/// <summary>Who must do a commitment's activity: the tactic's owner, every member of the plan's team, or named people.</summary>
public enum AssigneeMode
{
    Owner,
    Team,
    Named,
}
