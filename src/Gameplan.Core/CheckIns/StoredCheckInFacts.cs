using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.CheckIns;

/// <summary>
/// What the critique of a stored plan knows of its people's weekly check-ins (GP503): for an active plan, the
/// organisation's check-in day, the weeks each person on it checked in (on any plan: the habit is the person's)
/// and the day each joined it; nothing for a plan that is not active, which expects no check-ins.
/// </summary>
internal static class StoredCheckInFacts
{
    public static async Task<CheckInFacts?> ForAsync(GameplanDbContext db, PlanDetails plan, PlanDocument document, CancellationToken ct)
    {
        if (plan.Status != PlanStatus.Active)
        {
            return null;
        }
        // Everyone GP503 looks at (the owner and every assignee, as the rule counts them); someone it names who is not
        // on the plan in Gameplan's sense (only done or dropped tactics bind them) joins "never" and is expected nothing.
        var handles = document.Strategies.SelectMany(s => s.Tactics).Concat(document.Tactics)
            .SelectMany(t => t.Activities.SelectMany(a => PaceCalculator.Assignees(document, t, a)))
            .Append(document.Owner ?? "").Where(h => h.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var found = (await db.People.AsNoTracking().Select(p => new { p.Id, p.Handle }).ToListAsync(ct))
            .Where(p => handles.Contains(p.Handle)).Select(p => new CheckInPlans.Member(p.Id, p.Handle, null)).ToList();
        var people = found.Select(p => (Person: p, Joined: CheckInPlans.Of(plan, document, p)?.Joined ?? DateOnly.MaxValue)).ToList();
        var ids = people.Select(p => p.Person.Id).ToList();
        var weeks = (await db.CheckIns.AsNoTracking().Where(c => ids.Contains(c.PersonId)).Select(c => new { c.PersonId, c.Week }).ToListAsync(ct))
            .ToLookup(c => c.PersonId, c => c.Week);
        var day = (await OrganizationQueries.LoadAsync(db, ct)).CheckInDay;
        return new CheckInFacts(
            day,
            people.ToDictionary(p => p.Person.Handle, p => (IReadOnlyList<DateOnly>)[.. weeks[p.Person.Id]], StringComparer.OrdinalIgnoreCase),
            people.ToDictionary(p => p.Person.Handle, p => p.Joined, StringComparer.OrdinalIgnoreCase));
    }
}
