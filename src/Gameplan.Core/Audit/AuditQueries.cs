using Gameplan.Core.Data;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Audit;

/// <summary>Reads the audit log of a plan or a person, newest first, with each change in the product's words.</summary>
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

    private async Task<IReadOnlyList<AuditLine>> Lines(IQueryable<AuditEntry> query, int take, CancellationToken ct)
    {
        var rows = await query.OrderByDescending(a => a.Id).Take(take).ToListAsync(ct);
        var wording = await WordingAsync(rows, ct);
        return rows.Select(a => new AuditLine(a.At, a.Actor, a.Action, a.EntityType, a.EntityId, AuditWording.Summary(a), a.Changes, wording.Describe(a))).ToList();
    }

    /// <summary>The names the lines need: the organisation's people and teams, and which tactics a team owns.</summary>
    private async Task<AuditWording> WordingAsync(List<AuditEntry> rows, CancellationToken ct)
    {
        var people = await db.People.Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var teams = await db.Teams.Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var tacticIds = rows.Where(r => r.EntityType == "tactic").Select(r => r.EntityId).Distinct().ToList();
        var teamOwned = tacticIds.Count == 0 ? [] : await db.Set<Tactic>().Where(t => tacticIds.Contains(t.Id))
            .Select(t => new { t.Id, t.OwnerIsTeam }).ToDictionaryAsync(t => t.Id, t => t.OwnerIsTeam, ct);
        return new AuditWording(people, teams, teamOwned);
    }
}
