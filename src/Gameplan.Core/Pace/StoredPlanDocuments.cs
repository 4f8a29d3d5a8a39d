using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Funnels;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Pace;

/// <summary>
/// A stored plan as the pace engine and the critique read it: the plan file's shape, with the plan's
/// own people plus everyone in its team ("team" owners and assignees mean them), its goals'
/// measurements and its effective funnel, under the plan's settings over its organisation's over the defaults.
/// </summary>
internal static class StoredPlanDocuments
{
    public static async Task<PlanDocument> ForAsync(GameplanDbContext db, PlanDetails plan, CancellationToken ct) =>
        (await ForManyAsync(db, [plan], await OrganizationQueries.LoadAsync(db, ct), ct))[0];

    /// <summary>The documents of several plans, in their order, with one read of their teams' members.</summary>
    /// <param name="organization">The organisation, for its settings and its pace thresholds.</param>
    public static async Task<IReadOnlyList<PlanDocument>> ForManyAsync(
        GameplanDbContext db, IReadOnlyList<PlanDetails> plans, Organization organization, CancellationToken ct)
    {
        var teams = plans.Select(p => p.Team).OfType<string>().Distinct().ToList();
        var members = teams.Count == 0 ? [] : await db.People.AsNoTracking()
            .Join(db.Teams.Where(t => teams.Contains(t.Name)), p => p.TeamId, t => (int?)t.Id, (p, t) => new { Person = p, Team = t.Name })
            .Where(m => m.Person.IsActive)
            .OrderBy(m => m.Person.Handle)
            .ToListAsync(ct);
        var byTeam = members.ToLookup(m => m.Team, m => m.Person);
        var measurements = await GoalMeasurementQueries.DocumentsForPlansAsync(db, [.. plans.Select(p => p.Id)], ct);
        // Each plan's effective funnel (its own, its team's, the organisation's) lets the funnel rules (GP611-GP614) run.
        var funnels = await StoredFunnels.ForPlansAsync(db, [.. plans.Select(p => p.Id)], ct);
        return [.. plans.Select(plan => Document(plan, plan.Team is null ? [] : byTeam[plan.Team], organization, measurements) with
        {
            Funnel = funnels.GetValueOrDefault(plan.Id).Funnel?.ToDocument(),
        })];
    }

    /// <param name="measurements">Measurements by goal id (ids are unique across plans, so one map serves them all).</param>
    private static PlanDocument Document(PlanDetails plan, IEnumerable<Person> team, Organization organization,
        IReadOnlyDictionary<int, IReadOnlyList<MeasurementDocument>> measurements) =>
        PlanDocuments.From(plan, plan.People.Concat(team.Select(p => PeopleMapping.ToDetails(p, plan.Team))),
            EffectiveSettings.For(plan.Settings.ToSettings(), organization), measurements);
}
