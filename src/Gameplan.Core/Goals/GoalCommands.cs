using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Goals;

/// <summary>Adds, changes and removes a plan's goals.</summary>
public sealed class GoalCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<GoalDetails> CreateAsync(int planId, GoalRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        var goal = plan.AddGoal(Fields(request, people), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return PlanMapping.ToDetails(goal, people);
    }

    public async Task<GoalDetails> UpdateAsync(int planId, int goalId, GoalRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var goal = plan.FindGoal(goalId) ?? throw new NotFoundException($"Goal {goalId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        plan.UpdateGoal(goal, Fields(request, people), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return PlanMapping.ToDetails(goal, people);
    }

    /// <summary>Removes the goal; strategies that served it simply stop linking to it.</summary>
    public async Task DeleteAsync(int planId, int goalId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var goal = plan.FindGoal(goalId) ?? throw new NotFoundException($"Goal {goalId}");
        plan.RemoveGoal(goal, clock.GetUtcNow());
        await db.SaveAsync(ct);
    }

    private static GoalFields Fields(GoalRequest request, PeopleIndex people) =>
        new(
            request.Key,
            request.Title,
            request.Metric,
            request.Unit,
            request.Baseline,
            request.Target,
            request.Due,
            people.IdOf(request.Dri, "dri"),
            request.Direction,
            request.Weight ?? 1);
}
