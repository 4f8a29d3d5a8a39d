using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Plans;
using Gameplan.Domain.Critique;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Critique;

/// <summary>Critiques a stored plan on a given day (default: today): findings and the risk radar.</summary>
public sealed class CritiqueQueries(GameplanDbContext db, PlanQueries plans, TimeProvider clock)
{
    public async Task<CritiqueReport> ForPlanAsync(int planId, DateOnly? today = null, CancellationToken ct = default)
    {
        var plan = await plans.GetAsync(planId, ct);
        // The plan's own people, plus everyone in its team: "team" owners and assignees mean them.
        var team = plan.Team is null ? [] : await db.People.Where(p => p.IsActive && db.Teams.Any(t => t.Id == p.TeamId && t.Name == plan.Team))
            .OrderBy(p => p.Handle).ToListAsync(ct);
        var people = plan.People.Concat(team.Select(p => PeopleMapping.ToDetails(p, plan.Team)));
        var day = today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return PlanCritic.Critique(PlanDocuments.From(plan, people), day);
    }
}
