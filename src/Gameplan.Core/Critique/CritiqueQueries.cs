using Gameplan.Core.Activities;
using Gameplan.Core.CheckIns;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Critique;

/// <summary>
/// Critiques a stored plan on a given day (default: the organisation's today): findings and the risk radar, under the
/// plan's own settings over its organisation's over the defaults, with the activity logged so far and the
/// parent and child plans (the cascade rules), and for an active plan the people's weekly check-ins (GP503).
/// </summary>
public sealed class CritiqueQueries(GameplanDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<CritiqueReport> ForPlanAsync(int planId, DateOnly? today = null, CancellationToken ct = default)
    {
        var plan = await plans.GetAsync(planId, ct);
        var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
        var day = PlanCalendar.Check(today, "today") ?? await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        // In the app the whole cascade is known: the parent and child plans let GP601-GP604 run.
        var family = await StoredPlanFamilies.ForAsync(db, planId, plan.Parent?.PlanId, ct);
        // The people's weekly check-ins let GP503 run on an active plan.
        var checkIns = await StoredCheckInFacts.ForAsync(db, plan, document, ct);
        // The activity logged so far, read from the aggregates, lets the pace rules (GP501, GP502) run.
        return await AggregateFacts.ComputeAsync(db, new ActivityQueries(db), facts => PlanCritic.Critique(document, day, facts, family, checkIns), ct);
    }
}
