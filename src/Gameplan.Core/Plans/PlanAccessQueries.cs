using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>The few facts the access rules need about a plan or one of its tactics, read cheaply before a request runs.</summary>
public sealed class PlanAccessQueries(GameplanDbContext db)
{
    /// <summary>The plan's facts, or null when no such plan is visible in the organisation in scope.</summary>
    public async Task<PlanFacts?> FactsAsync(int planId, CancellationToken ct = default) =>
        (await db.ListAsync(db.Plans.Where(p => p.Id == planId), ct)).FirstOrDefault()?.Facts;

    /// <summary>The plan a goal belongs to, or null when no such goal is visible in the organisation in scope.</summary>
    public async Task<int?> PlanOfGoalAsync(int goalId, CancellationToken ct = default) =>
        await db.Plans.SelectMany(p => p.Goals).Where(g => g.Id == goalId).Select(g => (int?)g.PlanId).FirstOrDefaultAsync(ct);

    /// <summary>The DRI of the plan's strategy (null when it has none), or null when the plan has no such strategy.</summary>
    public async Task<StrategyAccessFacts?> StrategyAsync(int planId, int strategyId, CancellationToken ct = default) =>
        await db.Plans.Where(p => p.Id == planId)
            .SelectMany(p => p.Strategies)
            .Where(s => s.Id == strategyId)
            .Select(s => new StrategyAccessFacts(s.DriId))
            .FirstOrDefaultAsync(ct);

    /// <summary>Who drafted the tactic and who is the DRI of its strategy, or null when the plan has no such tactic.</summary>
    public async Task<TacticAccessFacts?> TacticAsync(int planId, int tacticId, CancellationToken ct = default) =>
        await TacticFactsAsync(planId, t => t.Id == tacticId, ct);

    /// <summary>The same for the tactic a commitment belongs to, or null when the plan has no such commitment.</summary>
    public async Task<TacticAccessFacts?> TacticOfCommitmentAsync(int planId, int commitmentId, CancellationToken ct = default) =>
        await TacticFactsAsync(planId, t => t.Commitments.Any(c => c.Id == commitmentId), ct);

    /// <summary>Who drafted the tactic, or null when the plan has no such tactic.</summary>
    public async Task<IReadOnlyList<int>?> TacticAuthorsAsync(int planId, int tacticId, CancellationToken ct = default) =>
        (await TacticAsync(planId, tacticId, ct))?.Authors;

    /// <summary>Who drafted the tactic a commitment belongs to, or null when the plan has no such commitment.</summary>
    public async Task<IReadOnlyList<int>?> CommitmentAuthorsAsync(int planId, int commitmentId, CancellationToken ct = default) =>
        (await TacticOfCommitmentAsync(planId, commitmentId, ct))?.Authors;

    private async Task<TacticAccessFacts?> TacticFactsAsync(int planId, System.Linq.Expressions.Expression<Func<Domain.Plans.Tactic, bool>> which, CancellationToken ct)
    {
        var tactic = await db.Plans.Where(p => p.Id == planId)
            .SelectMany(p => p.Tactics)
            .Where(which)
            .Select(t => new { Authors = t.Authors.Select(a => a.PersonId).ToList(), t.StrategyId })
            .FirstOrDefaultAsync(ct);
        if (tactic is null)
        {
            return null;
        }
        var dri = tactic.StrategyId is { } strategyId ? (await StrategyAsync(planId, strategyId, ct))?.DriId : null;
        return new TacticAccessFacts(tactic.Authors, dri);
    }

    /// <summary>
    /// Every access fact of the plan's elements at once (three reads whatever its size): the strategies' DRIs,
    /// each tactic's authors and its strategy's DRI, and the tactic of each commitment. For answering many
    /// questions about one plan, such as which of a page's controls to show.
    /// </summary>
    public async Task<PlanElementsAccess> ElementsAsync(int planId, CancellationToken ct = default)
    {
        var plan = db.Plans.Where(p => p.Id == planId);
        var dris = await plan.SelectMany(p => p.Strategies).Select(s => new { s.Id, s.DriId }).ToDictionaryAsync(s => s.Id, s => s.DriId, ct);
        var tactics = await plan.SelectMany(p => p.Tactics)
            .Select(t => new { t.Id, t.StrategyId, Authors = t.Authors.Select(a => a.PersonId).ToList() }).ToListAsync(ct);
        var commitments = await plan.SelectMany(p => p.Tactics).SelectMany(t => t.Commitments, (t, c) => new { c.Id, Tactic = t.Id }).ToListAsync(ct);
        return new PlanElementsAccess(
            dris.ToDictionary(d => d.Key, d => new StrategyAccessFacts(d.Value)),
            tactics.ToDictionary(t => t.Id, t => new TacticAccessFacts(t.Authors, t.StrategyId is { } sid ? dris.GetValueOrDefault(sid) : null)),
            commitments.ToDictionary(c => c.Id, c => c.Tactic));
    }
}

/// <summary>The access facts of every element of one plan, read at once (<see cref="PlanAccessQueries.ElementsAsync"/>).</summary>
public sealed record PlanElementsAccess(
    IReadOnlyDictionary<int, StrategyAccessFacts> Strategies,
    IReadOnlyDictionary<int, TacticAccessFacts> Tactics,
    IReadOnlyDictionary<int, int> TacticOfCommitment)
{
    public StrategyAccessFacts? Strategy(int strategyId) => Strategies.GetValueOrDefault(strategyId);

    public TacticAccessFacts? Tactic(int tacticId) => Tactics.GetValueOrDefault(tacticId);

    public TacticAccessFacts? TacticOfCommitmentId(int commitmentId) =>
        TacticOfCommitment.TryGetValue(commitmentId, out var tactic) ? Tactic(tactic) : null;
}
