using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Goals;

/// <summary>Adds, changes and removes a plan's goals.</summary>
public sealed class GoalCommands(GameplanDbContext db, TimeProvider clock)
{
    public Task<GoalDetails> CreateAsync(int planId, GoalRequest request, CancellationToken ct = default) => CreateAsync(planId, request, null, ct);

    /// <summary>Adds a goal; with an <paramref name="actor"/>, only with a DRI they may hold to account.</summary>
    public async Task<GoalDetails> CreateAsync(int planId, GoalRequest request, Actor? actor, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        var fields = Fields(request, people);
        await EnsureMayNameAsync(actor, plan, null, fields, people, ct);
        await PlanParents.EnsureContributionAsync(db, plan, fields, ct);
        var goal = plan.AddGoal(fields, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return PlanMapping.ToDetails(goal, people);
    }

    public Task<GoalDetails> UpdateAsync(int planId, int goalId, GoalRequest request, CancellationToken ct = default) => UpdateAsync(planId, goalId, request, null, ct);

    /// <summary>Replaces a goal; with an <paramref name="actor"/>, a new DRI must be someone they may hold to account.</summary>
    public Task<GoalDetails> UpdateAsync(int planId, int goalId, GoalRequest request, Actor? actor, CancellationToken ct = default) =>
        UpdateAsync(planId, goalId, request, actor, null, ct);

    /// <summary>Replaces a goal, only while it is the version the caller read (<paramref name="ifMatch"/>: its tags; null checks none).</summary>
    public async Task<GoalDetails> UpdateAsync(int planId, int goalId, GoalRequest request, Actor? actor, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var goal = plan.FindGoal(goalId) ?? throw new NotFoundException($"Goal {goalId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(goal), "goal");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        var fields = Fields(request, people);
        await EnsureMayNameAsync(actor, plan, goal, fields, people, ct);
        if (!string.Equals(fields.ContributesTo?.Trim(), goal.ContributesTo, StringComparison.OrdinalIgnoreCase))
        {
            await PlanParents.EnsureContributionAsync(db, plan, fields, ct);
        }
        plan.UpdateGoal(goal, fields, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return PlanMapping.ToDetails(goal, people);
    }

    /// <summary>Removes the goal; strategies that served it simply stop linking to it.</summary>
    public Task DeleteAsync(int planId, int goalId, CancellationToken ct = default) => DeleteAsync(planId, goalId, null, ct);

    /// <summary>Removes the goal, only while it is the version the caller read (<paramref name="ifMatch"/>; null checks none).</summary>
    public async Task DeleteAsync(int planId, int goalId, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var goal = change.Plan.FindGoal(goalId) ?? throw new NotFoundException($"Goal {goalId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(goal), "goal");
        change.Plan.RemoveGoal(goal, clock.GetUtcNow());
        await change.SaveAsync(ct);
    }

    private async Task EnsureMayNameAsync(Actor? actor, StrategicPlan plan, Goal? before, GoalFields after, PeopleIndex people, CancellationToken ct)
    {
        if (actor is not null)
        {
            ChangeAccess.EnsureMayName(actor, await ChangeAccess.FactsAsync(db, plan, ct),
                ChangeAccess.Person(before?.DriId, people), ChangeAccess.Person(after.DriId, people), people, "dri");
        }
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
            request.Weight ?? 1,
            request.ContributesTo?.Goal,
            request.ContributesTo?.Amount);
}
