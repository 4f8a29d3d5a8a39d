using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>
/// A plan's header as the lists and the cascade read it, with the facts the access rules need about it
/// (<see cref="Facts"/>: scope, team, owner and the owner's team), read in one query by <see cref="PlanHeads"/>.
/// </summary>
internal sealed record PlanHead(
    int Id, string Name, PlanScope Scope, PlanStatus Status, DateOnly PeriodStart, DateOnly PeriodEnd,
    int? ParentPlanId, string? ParentStrategyKey, string? ParentGoalKey, PlanFacts Facts)
{
    /// <summary>Whether <paramref name="actor"/> may read the plan; a null actor (the CLI, trusted callers) reads everything.</summary>
    public bool ReadableBy(Actor? actor) => actor is null || PlanAccess.Allows(actor, Facts, PlanPermission.Read);
}
