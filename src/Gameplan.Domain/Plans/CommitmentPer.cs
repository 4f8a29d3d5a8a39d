namespace Gameplan.Domain.Plans;

/// <summary>The span a commitment's target covers: each working day, calendar week, month, quarter, or the tactic's whole timeline.</summary>
public enum CommitmentPer
{
    Day,
    Week,
    Month,
    Quarter,
    Period,
}
