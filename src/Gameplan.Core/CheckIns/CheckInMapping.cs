using Gameplan.Core.Data;
using Gameplan.Domain.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.CheckIns;

/// <summary>Stored check-ins as read back, with their plans' names, the person's handle and each line's metric.</summary>
internal static class CheckInMapping
{
    public static async Task<IReadOnlyList<CheckInDetails>> ToDetailsAsync(GameplanDbContext db, IReadOnlyList<CheckIn> checkIns, CancellationToken ct)
    {
        if (checkIns.Count == 0)
        {
            return [];
        }
        var planIds = checkIns.Select(c => c.PlanId).Distinct().ToList();
        var personIds = checkIns.Select(c => c.PersonId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Handle, ct);
        var commitments = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).SelectMany(p => p.Tactics).SelectMany(t => t.Commitments)
            .Select(c => new { c.Id, c.Metric, c.Unit }).ToDictionaryAsync(c => c.Id, ct);
        return [.. checkIns.Select(c => new CheckInDetails(
            c.Id, c.PlanId, plans.GetValueOrDefault(c.PlanId, ""), people.GetValueOrDefault(c.PersonId, ""), c.Week, c.Week.AddDays(-6),
            [.. c.Lines.Select(l => new CheckInLineDetails(
                l.CommitmentId, commitments.GetValueOrDefault(l.CommitmentId)?.Metric, commitments.GetValueOrDefault(l.CommitmentId)?.Unit,
                l.Actual, l.Confidence, l.Why))],
            c.Wins, c.Blockers, c.NextFocus, c.UpdatedAt))];
    }
}
