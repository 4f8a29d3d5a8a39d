using Gameplan.Core.Data;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.Plans;

/// <summary>
/// The read rule of <see cref="PlanAccess.Allows"/> as a query filter, so lists and search count and page
/// in the database instead of loading every plan: admins and executives read all; others the organisation's
/// plans, team plans of their team, the teams above it and the teams they lead, their own personal plans and
/// those of the people in the teams they lead. PlanReadFilterTests holds it to the pure rule.
/// </summary>
internal static class PlanReadFilter
{
    /// <summary>The plans <paramref name="actor"/> may read; a null actor (the CLI, trusted callers) reads all.</summary>
    public static IQueryable<StrategicPlan> ReadableBy(this IQueryable<StrategicPlan> plans, GameplanDbContext db, Actor? actor)
    {
        if (actor is null || actor.Role is PersonRole.Admin or PersonRole.Executive)
        {
            return plans;
        }
        List<int?> teams = [.. actor.TeamAndAncestors.Concat(actor.ManagedTeams).Distinct().Select(t => (int?)t)];
        List<int?> managed = [.. actor.ManagedTeams.Select(t => (int?)t)];
        var me = actor.PersonId;
        return plans.Where(p =>
            p.Scope == PlanScope.Organization
            || p.Scope == PlanScope.Team && teams.Contains(p.TeamId)
            || p.Scope == PlanScope.Person && (me != null && p.OwnerId == me
                || db.People.Any(o => o.Id == p.OwnerId && managed.Contains(o.TeamId))));
    }
}
