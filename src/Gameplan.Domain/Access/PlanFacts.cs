using Gameplan.Domain.Plans;

namespace Gameplan.Domain.Access;

/// <summary>What the access rules need to know about a plan.</summary>
/// <param name="OwnerTeamId">The team of the plan's owner (for a personal plan, whose manager may see it).</param>
public sealed record PlanFacts(PlanScope Scope, int? TeamId, int? OwnerId, int? OwnerTeamId);
