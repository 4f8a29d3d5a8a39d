using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Goals;

/// <summary>
/// The goal a measurement request names, with its plan, once the actor is known to hold the
/// permission on that plan (docs/access.md: reading the plan reads its measurements; whoever may
/// change the plan records and deletes them). A goal of another organisation does not exist (404).
/// </summary>
internal sealed record GoalMeasurementAccess(Goal Goal, int OrganizationId, string PlanName, PlanStatus PlanStatus)
{
    public static async Task<GoalMeasurementAccess> RequireAsync(GameplanDbContext db, int goalId, Actor actor, PlanPermission permission, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var goal = await db.Plans.SelectMany(p => p.Goals).FirstOrDefaultAsync(g => g.Id == goalId, ct)
            ?? throw new NotFoundException($"Goal {goalId}");
        var plan = await db.Plans.Where(p => p.Id == goal.PlanId).Select(p => new { p.OrganizationId, p.Name, p.Status }).SingleAsync(ct);
        var facts = await new PlanAccessQueries(db).FactsAsync(goal.PlanId, ct) ?? throw new NotFoundException($"Goal {goalId}");
        if (!PlanAccess.Allows(actor, facts, permission))
        {
            throw new AccessDeniedException(permission == PlanPermission.Read
                ? "You may not read this plan, so not its goals' measurements either."
                : "Only those who may change this plan record or delete its goals' measurements.");
        }
        return new GoalMeasurementAccess(goal, plan.OrganizationId, plan.Name, plan.Status);
    }
}
