using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Strategies;

/// <summary>Adds, changes and removes a plan's strategies.</summary>
public sealed class StrategyCommands(GameplanDbContext db, TimeProvider clock)
{
    public Task<StrategyDetails> CreateAsync(int planId, StrategyRequest request, CancellationToken ct = default) => CreateAsync(planId, request, null, ct);

    /// <summary>Adds a strategy; with an <paramref name="actor"/>, only with a DRI they may hold to account.</summary>
    public async Task<StrategyDetails> CreateAsync(int planId, StrategyRequest request, Actor? actor, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        var fields = Fields(request, people);
        await EnsureMayNameAsync(actor, plan, null, fields, people, ct);
        var strategy = plan.AddStrategy(fields, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return PlanMapping.ToDetails(strategy, people);
    }

    public Task<StrategyDetails> UpdateAsync(int planId, int strategyId, StrategyRequest request, CancellationToken ct = default) =>
        UpdateAsync(planId, strategyId, request, null, ct);

    /// <summary>Replaces a strategy; with an <paramref name="actor"/>, a new DRI must be someone they may hold to account.</summary>
    public Task<StrategyDetails> UpdateAsync(int planId, int strategyId, StrategyRequest request, Actor? actor, CancellationToken ct = default) =>
        UpdateAsync(planId, strategyId, request, actor, null, ct);

    /// <summary>Replaces a strategy, only while it is the version the caller read (<paramref name="ifMatch"/>: its tags; null checks none).</summary>
    public async Task<StrategyDetails> UpdateAsync(int planId, int strategyId, StrategyRequest request, Actor? actor, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var strategy = plan.FindStrategy(strategyId) ?? throw new NotFoundException($"Strategy {strategyId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(strategy), "strategy");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Dri], ct);
        var fields = Fields(request, people);
        await EnsureMayNameAsync(actor, plan, strategy, fields, people, ct);
        plan.UpdateStrategy(strategy, fields, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return (await PlanQueries.DetailsAsync(db, plan, ct)).Strategies.Single(s => s.Id == strategyId);
    }

    /// <summary>Removes the strategy together with its tactics and their commitments.</summary>
    public Task DeleteAsync(int planId, int strategyId, CancellationToken ct = default) => DeleteAsync(planId, strategyId, null, ct);

    /// <summary>Removes the strategy, only while it is the version the caller read (<paramref name="ifMatch"/>; null checks none).</summary>
    public async Task DeleteAsync(int planId, int strategyId, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var strategy = plan.FindStrategy(strategyId) ?? throw new NotFoundException($"Strategy {strategyId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(strategy), "strategy");
        plan.RemoveStrategy(strategy, clock.GetUtcNow());
        await change.SaveAsync(ct);
    }

    private async Task EnsureMayNameAsync(Actor? actor, StrategicPlan plan, Strategy? before, StrategyFields after, PeopleIndex people, CancellationToken ct)
    {
        if (actor is not null)
        {
            ChangeAccess.EnsureMayName(actor, await ChangeAccess.FactsAsync(db, plan, ct),
                ChangeAccess.Person(before?.DriId, people), ChangeAccess.Person(after.DriId, people), people, "dri");
        }
    }

    private static StrategyFields Fields(StrategyRequest request, PeopleIndex people) =>
        new(request.Key, request.Statement, people.IdOf(request.Dri, "dri"), request.Goals ?? []);
}
