using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>The few facts the access rules need about a plan or one of its tactics, read cheaply before a request runs.</summary>
public sealed class PlanAccessQueries(GameplanDbContext db)
{
    /// <summary>The plan's facts, or null when no such plan is visible in the organisation in scope.</summary>
    public async Task<PlanFacts?> FactsAsync(int planId, CancellationToken ct = default) =>
        await (from p in db.Plans
               where p.Id == planId
               join o in db.People on p.OwnerId equals o.Id into owners
               from owner in owners.DefaultIfEmpty()
               select new PlanFacts(p.Scope, p.TeamId, p.OwnerId, owner == null ? null : owner.TeamId)).FirstOrDefaultAsync(ct);

    /// <summary>The plan a goal belongs to, or null when no such goal is visible in the organisation in scope.</summary>
    public async Task<int?> PlanOfGoalAsync(int goalId, CancellationToken ct = default) =>
        await db.Plans.SelectMany(p => p.Goals).Where(g => g.Id == goalId).Select(g => (int?)g.PlanId).FirstOrDefaultAsync(ct);

    /// <summary>Who drafted the tactic, or null when the plan has no such tactic.</summary>
    public async Task<IReadOnlyList<int>?> TacticAuthorsAsync(int planId, int tacticId, CancellationToken ct = default)
    {
        var tactic = await db.Plans.Where(p => p.Id == planId)
            .SelectMany(p => p.Tactics)
            .Where(t => t.Id == tacticId)
            .Select(t => new { Authors = t.Authors.Select(a => a.PersonId).ToList() })
            .FirstOrDefaultAsync(ct);
        return tactic?.Authors;
    }

    /// <summary>Who drafted the tactic a commitment belongs to, or null when the plan has no such commitment.</summary>
    public async Task<IReadOnlyList<int>?> CommitmentAuthorsAsync(int planId, int commitmentId, CancellationToken ct = default)
    {
        var tactic = await db.Plans.Where(p => p.Id == planId)
            .SelectMany(p => p.Tactics)
            .Where(t => t.Commitments.Any(c => c.Id == commitmentId))
            .Select(t => new { Authors = t.Authors.Select(a => a.PersonId).ToList() })
            .FirstOrDefaultAsync(ct);
        return tactic?.Authors;
    }
}
