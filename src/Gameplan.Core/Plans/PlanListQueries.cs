using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>
/// The plan list narrowed by period, status, scope, team and owner. Reading rights and filters are both
/// applied in the query (<see cref="PlanReadFilter"/>), so the database returns only the rows shown.
/// </summary>
public sealed class PlanListQueries(GameplanDbContext db)
{
    /// <summary>The most years a plan list offers, newest first, so one odd plan spanning centuries cannot flood the form.</summary>
    public const int MaxYears = 12;

    /// <summary>The plans <paramref name="actor"/> may read that pass <paramref name="filter"/>, newest period first, with the choices to narrow further.</summary>
    public async Task<PlanList> ListAsync(Actor? actor, PlanListFilter filter, DateOnly today, CancellationToken ct = default)
    {
        var readable = db.Plans.ReadableBy(db, actor);
        var groups = await readable
            .GroupBy(p => new { p.Scope, p.Status, p.TeamId, p.OwnerId })
            .Select(g => new { g.Key.Scope, g.Key.Status, g.Key.TeamId, g.Key.OwnerId, Count = g.Count(), First = g.Min(p => p.PeriodStart.Year), Last = g.Max(p => p.PeriodEnd.Year) })
            .ToListAsync(ct);

        var filtered = PlanPeriodFilter.Apply(readable, filter.Period, today);
        if (filter.Status is { } status)
        {
            filtered = filtered.Where(p => p.Status == status);
        }
        if (filter.Scope is { } scope)
        {
            filtered = filtered.Where(p => p.Scope == scope);
        }
        if (filter.TeamId is { } team)
        {
            filtered = filtered.Where(p => p.TeamId == team);
        }
        if (filter.OwnerId is { } owner)
        {
            filtered = filtered.Where(p => p.OwnerId == owner);
        }
        var rows = await filtered
            .OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Name).ThenBy(p => p.Id)
            .Select(PlanListRow.Of)
            .ToListAsync(ct);

        var people = await PeopleIndex.ForIdsAsync(db, rows.Select(r => r.OwnerId).Concat(groups.Select(g => g.OwnerId)), ct);
        var teamIds = groups.Select(g => g.TeamId).OfType<int>().Distinct().ToList();
        var teams = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var plans = rows.Select(r => r.ToSummary(teams, people))
            .ToList();

        var years = groups.SelectMany(g => Enumerable.Range(g.First, Math.Max(0, Math.Min(g.Last - g.First, MaxYears) + 1)))
            .Distinct().OrderDescending().Take(MaxYears).ToList();
        var choices = new PlanListChoices(
            years,
            [.. groups.Select(g => g.Status).Distinct().Order()],
            [.. groups.Select(g => g.Scope).Distinct().Order()],
            [.. teams.Select(t => new PlanListChoice(t.Key, t.Value)).OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase)],
            [.. people.All.Where(p => groups.Any(g => g.OwnerId == p.Id)).Select(p => new PlanListChoice(p.Id, p.Name)).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)]);
        return new PlanList(plans, groups.Sum(g => g.Count), choices);
    }
}
