using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Goals;
using Gameplan.Core.Organizations;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Pace;

/// <summary>
/// A stored plan as the pace engine and the critique read it: the plan file's shape, with the plan's
/// own people plus everyone in its team ("team" owners and assignees mean them), its goals'
/// measurements, under the plan's settings over its organisation's over the defaults.
/// </summary>
internal static class StoredPlanDocuments
{
    public static async Task<PlanDocument> ForAsync(GameplanDbContext db, PlanDetails plan, CancellationToken ct) =>
        await ForAsync(db, plan, (await OrganizationQueries.LoadAsync(db, ct)).Settings, ct);

    /// <param name="organization">The organisation's settings, when the caller already has them (several plans).</param>
    public static async Task<PlanDocument> ForAsync(GameplanDbContext db, PlanDetails plan, PlanningSettings organization, CancellationToken ct)
    {
        var team = plan.Team is null ? [] : await db.People.Where(p => p.IsActive && db.Teams.Any(t => t.Id == p.TeamId && t.Name == plan.Team))
            .OrderBy(p => p.Handle).ToListAsync(ct);
        var people = plan.People.Concat(team.Select(p => PeopleMapping.ToDetails(p, plan.Team)));
        var measurements = await GoalMeasurementQueries.DocumentsForPlanAsync(db, plan.Id, ct);
        return PlanDocuments.From(plan, people, EffectiveSettings.For(plan.Settings.ToSettings(), organization), measurements);
    }
}
