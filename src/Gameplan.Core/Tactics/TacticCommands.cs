using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tactics;

/// <summary>Adds, changes, moves and removes a plan's tactics, under its strategies or (until placed) under none.</summary>
public sealed class TacticCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<TacticDetails> CreateAsync(int planId, int strategyId, TacticRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var strategy = plan.FindStrategy(strategyId) ?? throw new NotFoundException($"Strategy {strategyId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Owner, .. request.Authors ?? []], ct);
        var tactic = plan.AddTactic(strategy, Fields(request, people), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return PlanMapping.ToDetails(tactic, strategy.Id, people);
    }

    public async Task<TacticDetails> UpdateAsync(int planId, int tacticId, TacticRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Owner, .. request.Authors ?? []], ct);
        var now = clock.GetUtcNow();
        if (request.StrategyId is { } moveTo && moveTo != plan.StrategyOf(tactic)?.Id)
        {
            plan.MoveTactic(tactic, Target(plan, moveTo), now);
        }
        plan.UpdateTactic(tactic, Fields(request, people), now);
        await db.SaveAsync(ct);
        return (await PlanQueries.DetailsAsync(db, plan, ct)).AllTactics().Single(t => t.Id == tacticId);
    }

    /// <summary>Moves a tactic (typically one tied to no strategy yet) under a strategy of the plan, changing nothing else.</summary>
    public async Task<TacticDetails> MoveAsync(int planId, int tacticId, int strategyId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        plan.MoveTactic(tactic, Target(plan, strategyId), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return (await PlanQueries.DetailsAsync(db, plan, ct)).AllTactics().Single(t => t.Id == tacticId);
    }

    public async Task DeleteAsync(int planId, int tacticId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        plan.RemoveTactic(tactic, clock.GetUtcNow());
        await db.SaveAsync(ct);
    }

    private static Strategy Target(StrategicPlan plan, int strategyId) =>
        plan.FindStrategy(strategyId) ?? throw new Domain.DomainRuleException($"This plan has no strategy with id {strategyId}.", "strategy_id");

    private static TacticFields Fields(TacticRequest request, PeopleIndex people) =>
        new(
            request.Key,
            request.Action,
            TacticOwners.Parse(request.Owner, people),
            people.IdsOf(request.Authors ?? [], "authors"),
            request.Start,
            request.Due,
            request.Resources,
            request.EffortHours,
            request.Status);
}
