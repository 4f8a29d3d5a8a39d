using Gameplan.Core.Data;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>Loads whole plan aggregates (the unit every plan change works on) in one split query.</summary>
internal static class PlanLoading
{
    public static async Task<StrategicPlan> LoadPlanAsync(this GameplanDbContext db, int id, CancellationToken ct) =>
        await db.Plans.WithWholeAggregate().FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new NotFoundException($"Plan {id}");

    /// <summary>Several whole plans in the same split query as one (a page that reads many plans pays for one), in id order; unknown ids are skipped.</summary>
    public static async Task<List<StrategicPlan>> LoadPlansAsync(this GameplanDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await db.Plans.WithWholeAggregate().Where(p => EF.Parameter(ids).Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(ct);

    private static IQueryable<StrategicPlan> WithWholeAggregate(this IQueryable<StrategicPlan> plans) =>
        plans
            .Include(p => p.Goals.OrderBy(g => g.Id))
            .Include(p => p.Reviews.OrderBy(r => r.Date))
            .Include(p => p.Strategies.OrderBy(s => s.Position)).ThenInclude(s => s.GoalLinks)
            .Include(p => p.Strategies.OrderBy(s => s.Position)).ThenInclude(s => s.Tactics.OrderBy(t => t.Position)).ThenInclude(t => t.Authors)
            .Include(p => p.Strategies.OrderBy(s => s.Position)).ThenInclude(s => s.Tactics.OrderBy(t => t.Position))
                .ThenInclude(t => t.Commitments.OrderBy(c => c.Id)).ThenInclude(c => c.NamedAssignees)
            .Include(p => p.Strategies.OrderBy(s => s.Position)).ThenInclude(s => s.Tactics.OrderBy(t => t.Position))
                .ThenInclude(t => t.Commitments.OrderBy(c => c.Id)).ThenInclude(c => c.Acknowledgements)
            // Tactics tied to no strategy; the placed ones join the plan's list as they are tracked.
            .Include(p => p.Tactics.Where(t => t.StrategyId == null).OrderBy(t => t.Position)).ThenInclude(t => t.Authors)
            .Include(p => p.Tactics.Where(t => t.StrategyId == null).OrderBy(t => t.Position))
                .ThenInclude(t => t.Commitments.OrderBy(c => c.Id)).ThenInclude(c => c.NamedAssignees)
            .Include(p => p.Tactics.Where(t => t.StrategyId == null).OrderBy(t => t.Position))
                .ThenInclude(t => t.Commitments.OrderBy(c => c.Id)).ThenInclude(c => c.Acknowledgements)
            .AsSplitQuery();

    /// <summary>
    /// Saves once, in one transaction. A concurrent change to the same plan (a newer version, or an
    /// element key or reference taken meanwhile) is refused with a readable conflict; nothing is half-saved.
    /// </summary>
    public static async Task SaveAsync(this GameplanDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new Domain.DomainRuleException("Someone else changed this plan a moment ago; reload it and try again.");
        }
    }
}
