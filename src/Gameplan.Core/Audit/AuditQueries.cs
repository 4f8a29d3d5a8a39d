using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Audit;

/// <summary>Reads the audit log of a plan or a person, newest first.</summary>
public sealed class AuditQueries(GameplanDbContext db)
{
    public async Task<IReadOnlyList<AuditLine>> ForPlanAsync(int planId, int take = 100, CancellationToken ct = default) =>
        await db.Plans.AnyAsync(p => p.Id == planId, ct)
            ? await Lines(db.AuditLog.Where(a => a.PlanId == planId), take, ct)
            : throw new NotFoundException($"Plan {planId}");

    public async Task<IReadOnlyList<AuditLine>> ForPersonAsync(int personId, int take = 100, CancellationToken ct = default) =>
        await db.People.AnyAsync(p => p.Id == personId, ct)
            ? await Lines(db.AuditLog.Where(a => a.EntityType == "person" && a.EntityId == personId), take, ct)
            : throw new NotFoundException($"Person {personId}");

    private static async Task<IReadOnlyList<AuditLine>> Lines(IQueryable<AuditEntry> query, int take, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
        return rows.Select(a => new AuditLine(a.At, a.Actor, a.Action, a.EntityType, a.EntityId, a.Summary, a.Changes)).ToList();
    }
}
