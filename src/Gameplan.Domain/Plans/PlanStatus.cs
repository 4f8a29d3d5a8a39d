namespace Gameplan.Domain.Plans;

/// <summary>Life cycle: Draft, then InReview, then Active, then Closed.</summary>
public enum PlanStatus
{
    Draft,
    InReview,
    Active,
    Closed,
}
