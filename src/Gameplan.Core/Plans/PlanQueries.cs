using Gameplan.Core.Commitments;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.People;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Gameplan.Domain.Access;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>Reads plans and their elements in the organisation in scope.</summary>
public sealed class PlanQueries(GameplanDbContext db)
{
    /// <summary>Every plan of the organisation in scope.</summary>
    public Task<IReadOnlyList<PlanSummary>> ListAsync(CancellationToken ct = default) => ListVisibleAsync(null, ct);

    /// <summary>The plans of the organisation, or with an <paramref name="actor"/> only those the actor may read.</summary>
    public async Task<IReadOnlyList<PlanSummary>> ListVisibleAsync(Actor? actor, CancellationToken ct = default)
    {
        var rows = await db.Plans
            .OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Name)
            .Select(PlanListRow.Of)
            .ToListAsync(ct);
        var people = await PeopleIndex.ForIdsAsync(db, rows.Select(r => r.OwnerId), ct);
        if (actor is not null)
        {
            rows = rows.Where(r => PlanAccess.Allows(actor, new PlanFacts(r.Scope, r.TeamId, r.OwnerId, people.TeamOf(r.OwnerId)), PlanPermission.Read)).ToList();
        }
        var teams = await TeamNamesAsync(ct);
        return rows.Select(r => r.ToSummary(teams, people))
            .ToList();
    }

    public async Task<PlanDetails> GetAsync(int id, CancellationToken ct = default)
    {
        var plan = await db.LoadPlanAsync(id, ct);
        return await DetailsAsync(db, plan, ct);
    }

    public async Task<IReadOnlyList<GoalDetails>> ListGoalsAsync(int planId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).Goals;

    public async Task<GoalDetails> GetGoalAsync(int planId, int goalId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).Goals.FirstOrDefault(g => g.Id == goalId) ?? throw new NotFoundException($"Goal {goalId}");

    public async Task<IReadOnlyList<StrategyDetails>> ListStrategiesAsync(int planId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).Strategies;

    public async Task<StrategyDetails> GetStrategyAsync(int planId, int strategyId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).Strategies.FirstOrDefault(s => s.Id == strategyId) ?? throw new NotFoundException($"Strategy {strategyId}");

    public async Task<IReadOnlyList<TacticDetails>> ListTacticsAsync(int planId, int strategyId, CancellationToken ct = default) =>
        (await GetStrategyAsync(planId, strategyId, ct)).Tactics;

    public async Task<TacticDetails> GetTacticAsync(int planId, int tacticId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).AllTactics().FirstOrDefault(t => t.Id == tacticId)
        ?? throw new NotFoundException($"Tactic {tacticId}");

    public async Task<IReadOnlyList<CommitmentDetails>> ListCommitmentsAsync(int planId, int tacticId, CancellationToken ct = default) =>
        (await GetTacticAsync(planId, tacticId, ct)).Commitments;

    public async Task<CommitmentDetails> GetCommitmentAsync(int planId, int commitmentId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).AllTactics().SelectMany(t => t.Commitments).FirstOrDefault(c => c.Id == commitmentId)
        ?? throw new NotFoundException($"Commitment {commitmentId}");

    public async Task<IReadOnlyList<ReviewDetails>> ListReviewsAsync(int planId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).Reviews;

    public async Task<ReviewDetails> GetReviewAsync(int planId, int reviewId, CancellationToken ct = default) =>
        (await GetAsync(planId, ct)).Reviews.FirstOrDefault(r => r.Id == reviewId) ?? throw new NotFoundException($"Review {reviewId}");

    /// <summary>Several plans read together (pace of a team reads every active plan that binds it), in id order; unknown ids are skipped.</summary>
    internal async Task<IReadOnlyList<PlanDetails>> GetManyAsync(IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        var loaded = await db.LoadPlansAsync(ids, ct);
        if (loaded.Count == 0)
        {
            return [];
        }
        var people = await PeopleIndex.ForIdsAsync(db, loaded.SelectMany(PlanMapping.PersonIds), ct);
        var teams = await TeamNamesAsync(ct);
        var parents = await PlanParents.NamesAsync(db, loaded.Select(p => p.ParentPlanId), ct);
        return [.. loaded.Select(plan => PlanMapping.ToDetails(plan, people, plan.TeamId is { } id ? teams.GetValueOrDefault(id) : null, teams, parents))];
    }

    internal static async Task<PlanDetails> DetailsAsync(GameplanDbContext db, StrategicPlan plan, CancellationToken ct)
    {
        var people = await PeopleIndex.ForIdsAsync(db, PlanMapping.PersonIds(plan), ct);
        var teams = await db.Teams.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var parents = await PlanParents.NamesAsync(db, [plan.ParentPlanId], ct);
        return PlanMapping.ToDetails(plan, people, plan.TeamId is { } id ? teams.GetValueOrDefault(id) : null, teams, parents);
    }

    private Task<Dictionary<int, string>> TeamNamesAsync(CancellationToken ct) => db.Teams.ToDictionaryAsync(t => t.Id, t => t.Name, ct);
}
