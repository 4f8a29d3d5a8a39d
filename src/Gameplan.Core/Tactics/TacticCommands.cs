using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tactics;

/// <summary>Adds, changes, moves and removes the tactics under a plan's strategies.</summary>
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
        if (request.StrategyId is { } moveTo && moveTo != plan.StrategyOf(tactic).Id)
        {
            var target = plan.FindStrategy(moveTo)
                ?? throw new Domain.DomainRuleException($"This plan has no strategy with id {moveTo}.", "strategy_id");
            plan.MoveTactic(tactic, target, now);
        }
        plan.UpdateTactic(tactic, Fields(request, people), now);
        await db.SaveAsync(ct);
        return (await PlanQueries.DetailsAsync(db, plan, ct)).Strategies.SelectMany(s => s.Tactics).Single(t => t.Id == tacticId);
    }

    public async Task DeleteAsync(int planId, int tacticId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        plan.RemoveTactic(tactic, clock.GetUtcNow());
        await db.SaveAsync(ct);
    }

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
