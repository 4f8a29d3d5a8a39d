using Gameplan.Core.Activities;
using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;

namespace Gameplan.Core.PlanFiles;

/// <summary>A stored plan as a Markdown one-pager (<see cref="PlanOnePager"/>), as of the organisation's today.</summary>
public sealed class PlanOnePagerQueries(GameplanDbContext db, PlanQueries plans, ActivityQueries activities, TimeProvider clock)
{
    /// <returns>The plan's name (for a file name) and the one-pager.</returns>
    public async Task<(string Name, string Markdown)> GetAsync(int planId, CancellationToken ct = default)
    {
        var plan = await plans.GetAsync(planId, ct);
        var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var pace = await AggregateFacts.ComputeAsync(db, activities, facts => PlanPace.Report(document, facts, today), ct);
        var critique = await new CritiqueQueries(db, plans, clock).ForPlanAsync(planId, today, ct);
        return (plan.Name, PlanOnePager.Write(document, Status(plan.Status), pace, critique, today));
    }

    private static string Status(PlanStatus status) => status switch
    {
        PlanStatus.InReview => "In review",
        _ => status.ToString(),
    };
}
