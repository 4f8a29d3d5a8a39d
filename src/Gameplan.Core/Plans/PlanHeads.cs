using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>
/// The one query that reads plans with their access facts: the owner's team comes from a left join on
/// the owner, so a plan whose owner is gone (or who has none) still reads, with no team of the owner.
/// </summary>
internal static class PlanHeads
{
    /// <summary>The heads of <paramref name="plans"/> (filter them first; order the result in memory).</summary>
    public static Task<List<PlanHead>> ListAsync(this GameplanDbContext db, IQueryable<StrategicPlan> plans, CancellationToken ct) =>
        (from p in plans.AsNoTracking()
         join o in db.People on p.OwnerId equals o.Id into owners
         from owner in owners.DefaultIfEmpty()
         select new PlanHead(p.Id, p.Name, p.Scope, p.Status, p.PeriodStart, p.PeriodEnd, p.ParentPlanId, p.ParentStrategyKey, p.ParentGoalKey,
             new PlanFacts(p.Scope, p.TeamId, p.OwnerId, owner == null ? null : owner.TeamId))).ToListAsync(ct);
}
