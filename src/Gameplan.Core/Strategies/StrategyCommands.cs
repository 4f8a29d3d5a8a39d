using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Strategies;

/// <summary>Adds, changes and removes a plan's strategies.</summary>
public sealed class StrategyCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<StrategyDetails> CreateAsync(int planId, StrategyRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        var strategy = plan.AddStrategy(Fields(request, people), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return PlanMapping.ToDetails(strategy, people);
    }

    public async Task<StrategyDetails> UpdateAsync(int planId, int strategyId, StrategyRequest request, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var strategy = plan.FindStrategy(strategyId) ?? throw new NotFoundException($"Strategy {strategyId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        plan.UpdateStrategy(strategy, Fields(request, people), clock.GetUtcNow());
        await db.SaveAsync(ct);
        return (await PlanQueries.DetailsAsync(db, plan, ct)).Strategies.Single(s => s.Id == strategyId);
    }

    /// <summary>Removes the strategy together with its tactics and their commitments.</summary>
    public async Task DeleteAsync(int planId, int strategyId, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(planId, ct);
        var strategy = plan.FindStrategy(strategyId) ?? throw new NotFoundException($"Strategy {strategyId}");
        plan.RemoveStrategy(strategy, clock.GetUtcNow());
        await db.SaveAsync(ct);
    }

    private static StrategyFields Fields(StrategyRequest request, PeopleIndex people) =>
        new(request.Key, request.Statement, people.IdOf(request.Dri, "dri"), request.Goals ?? []);
}
