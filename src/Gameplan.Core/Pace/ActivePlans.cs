using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Pace;

/// <summary>
/// The active plans whose commitments bind a group of people over some days: organisation plans,
/// plans of their teams (and of the teams above, which may name them), and their personal plans.
/// Drafts, plans in review and closed plans set no targets.
/// </summary>
internal static class ActivePlans
{
    /// <param name="teams">The people's teams with every team above them; null for the whole organisation.</param>
    /// <param name="people">The people; null for the whole organisation.</param>
    public static async Task<IReadOnlyList<(PlanDetails Plan, PlanDocument Document)>> LoadAsync(
        GameplanDbContext db, PlanQueries plans, Organization organization, DateOnly from, DateOnly to,
        IReadOnlyCollection<int>? teams, IReadOnlyCollection<int>? people, CancellationToken ct)
    {
        var active = db.Plans.AsNoTracking().Where(p => p.Status == PlanStatus.Active && p.PeriodStart <= to && p.PeriodEnd >= from);
        if (teams is not null && people is not null)
        {
            active = active.Where(p => p.Scope == PlanScope.Organization
                || p.Scope == PlanScope.Team && p.TeamId != null && teams.Contains(p.TeamId.Value)
                || p.Scope == PlanScope.Person && p.OwnerId != null && people.Contains(p.OwnerId.Value));
        }
        var ids = await active.OrderBy(p => p.PeriodStart).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        // Every plan in one split query and their teams' members in one more, however many plans bind the people.
        var byId = (await plans.GetManyAsync(ids, ct)).ToDictionary(p => p.Id);
        var loaded = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        var documents = await StoredPlanDocuments.ForManyAsync(db, loaded, organization, ct);
        return [.. loaded.Zip(documents)];
    }

    /// <summary>The teams with every team above them (a plan of a team above may name its people).</summary>
    public static async Task<HashSet<int>> WithAncestorsAsync(GameplanDbContext db, IEnumerable<int> teams, CancellationToken ct)
    {
        var parents = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.ParentTeamId }).ToDictionaryAsync(t => t.Id, t => t.ParentTeamId, ct);
        var all = new HashSet<int>();
        foreach (var team in teams)
        {
            int? cursor = team;
            while (cursor is { } id && all.Add(id))
            {
                cursor = parents.GetValueOrDefault(id);
            }
        }
        return all;
    }
}
