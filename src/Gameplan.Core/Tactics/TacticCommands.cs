using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Tactics;

/// <summary>
/// Adds, changes, moves and removes a plan's tactics, under its strategies or (until placed) under none.
/// With an actor, the person who drafts a tactic is recorded among its authors, so a drafter keeps the
/// right to change what they wrote; a tactic is placed only under a strategy they may draft under.
/// </summary>
public sealed class TacticCommands(GameplanDbContext db, TimeProvider clock)
{
    public Task<TacticDetails> CreateAsync(int planId, int strategyId, TacticRequest request, CancellationToken ct = default) =>
        CreateAsync(planId, strategyId, request, null, ct);

    /// <summary>Adds a tactic; with an <paramref name="actor"/>, only where they may draft, owned by someone they may hold to account, with them among its authors.</summary>
    public async Task<TacticDetails> CreateAsync(int planId, int strategyId, TacticRequest request, Actor? actor, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var strategy = plan.FindStrategy(strategyId) ?? throw new NotFoundException($"Strategy {strategyId}");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Owner, .. request.Authors ?? []], ct);
        var fields = Fields(request, people);
        if (actor is not null)
        {
            var facts = await ChangeAccess.FactsAsync(db, plan, ct);
            EnsureMayDraftUnder(actor, facts, strategy);
            ChangeAccess.EnsureMayName(actor, facts, Accountable.Nobody, ChangeAccess.Owner(fields.Owner, people), people, "owner");
            fields = WithAuthor(actor, facts, fields, isNew: true);
        }
        var tactic = plan.AddTactic(strategy, fields, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return PlanMapping.ToDetails(tactic, strategy.Id, await PeopleIndex.ForIdsAsync(db, [fields.Owner.PersonId, .. fields.AuthorIds.Select(a => (int?)a)], ct));
    }

    public Task<TacticDetails> UpdateAsync(int planId, int tacticId, TacticRequest request, CancellationToken ct = default) =>
        UpdateAsync(planId, tacticId, request, null, ct);

    /// <summary>Replaces a tactic; with an <paramref name="actor"/>, a new owner must be someone they may hold to account, a drafter stays among its authors, and a move goes only under a strategy they may draft under.</summary>
    public Task<TacticDetails> UpdateAsync(int planId, int tacticId, TacticRequest request, Actor? actor, CancellationToken ct = default) =>
        UpdateAsync(planId, tacticId, request, actor, null, ct);

    /// <summary>Replaces a tactic, only while it is the version the caller read (<paramref name="ifMatch"/>: its tags; null checks none).</summary>
    public async Task<TacticDetails> UpdateAsync(int planId, int tacticId, TacticRequest request, Actor? actor, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(tactic, plan.StrategyOf(tactic)?.Id), "tactic");
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Owner, .. request.Authors ?? []], ct);
        var fields = Fields(request, people);
        var now = clock.GetUtcNow();
        var moveTo = request.StrategyId is { } target && target != plan.StrategyOf(tactic)?.Id ? Target(plan, target) : null;
        if (actor is not null)
        {
            var facts = await ChangeAccess.FactsAsync(db, plan, ct);
            if (moveTo is not null)
            {
                EnsureMayDraftUnder(actor, facts, moveTo);
            }
            var before = tactic.OwnerIsTeam ? new Accountable([], WholeTeam: true) : ChangeAccess.Person(tactic.OwnerId, people);
            ChangeAccess.EnsureMayName(actor, facts, before, ChangeAccess.Owner(fields.Owner, people), people, "owner");
            fields = WithAuthor(actor, facts, fields, isNew: false);
        }
        if (moveTo is not null)
        {
            plan.MoveTactic(tactic, moveTo, now);
        }
        plan.UpdateTactic(tactic, fields, now);
        await change.SaveAsync(ct);
        return (await PlanQueries.DetailsAsync(db, plan, ct)).AllTactics().Single(t => t.Id == tacticId);
    }

    /// <summary>Moves a tactic (typically one tied to no strategy yet) under a strategy of the plan, changing nothing else.</summary>
    public Task<TacticDetails> MoveAsync(int planId, int tacticId, int strategyId, CancellationToken ct = default) =>
        MoveAsync(planId, tacticId, strategyId, null, ct);

    /// <summary>Moves a tactic; with an <paramref name="actor"/>, only under a strategy they may draft under.</summary>
    public async Task<TacticDetails> MoveAsync(int planId, int tacticId, int strategyId, Actor? actor, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        var target = Target(plan, strategyId);
        if (actor is not null)
        {
            EnsureMayDraftUnder(actor, await ChangeAccess.FactsAsync(db, plan, ct), target);
        }
        plan.MoveTactic(tactic, target, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return (await PlanQueries.DetailsAsync(db, plan, ct)).AllTactics().Single(t => t.Id == tacticId);
    }

    public Task DeleteAsync(int planId, int tacticId, CancellationToken ct = default) => DeleteAsync(planId, tacticId, null, ct);

    /// <summary>Removes a tactic with its commitments, only while it is the version the caller read (<paramref name="ifMatch"/>; null checks none).</summary>
    public async Task DeleteAsync(int planId, int tacticId, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, planId, ct);
        var plan = change.Plan;
        var tactic = plan.FindTactic(tacticId) ?? throw new NotFoundException($"Tactic {tacticId}");
        ElementTags.Expect(ifMatch, ElementTags.Of(tactic, plan.StrategyOf(tactic)?.Id), "tactic");
        plan.RemoveTactic(tactic, clock.GetUtcNow());
        await change.SaveAsync(ct);
    }

    private static void EnsureMayDraftUnder(Actor actor, PlanFacts plan, Strategy strategy)
    {
        if (!PlanAccess.MayDraftUnder(actor, plan, strategy.DriId))
        {
            throw new AccessDeniedException(
                $"You may not add tactics under strategy '{strategy.Key}' (strategy_id): only those who draft tactics in this plan and the strategy's DRI may.");
        }
    }

    /// <summary>
    /// The person who drafts a tactic is its author: recorded when they name no authors, and always for a
    /// drafter (who may change only the tactics they authored, so leaving them out would lock them out).
    /// </summary>
    private static TacticFields WithAuthor(Actor actor, PlanFacts plan, TacticFields fields, bool isNew)
    {
        if (actor.PersonId is not { } me || fields.AuthorIds.Contains(me))
        {
            return fields;
        }
        var drafter = !PlanAccess.Allows(actor, plan, PlanPermission.Edit);
        return drafter || isNew && fields.AuthorIds.Count == 0 ? fields with { AuthorIds = [.. fields.AuthorIds, me] } : fields;
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
