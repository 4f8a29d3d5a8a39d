using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;

namespace Gameplan.Core.Pace;

/// <summary>
/// Pace of one stored plan as of a day (default: the organisation's today), read from the activity aggregates,
/// never the raw log: its report (the contract of <c>gameplan pace</c>) and its burn-up charts. A team's
/// heatmap is <see cref="TeamPaceQueries"/>, the manager's list <see cref="OffPaceQueries"/>. Callable without
/// the web (benchmarks, the CLI).
/// </summary>
public sealed class PaceQueries(GameplanDbContext db, PlanQueries plans, ActivityQueries activities, TimeProvider clock)
{
    /// <summary>The plan's pace report: each commitment x person, each goal, each strategy and the plan.</summary>
    public async Task<PaceReport> GetReportAsync(int planId, DateOnly? today = null, CancellationToken ct = default)
    {
        var document = await StoredPlanDocuments.ForAsync(db, await plans.GetAsync(planId, ct), ct);
        var day = PlanCalendar.Check(today, "today") ?? await Today(ct);
        return await AggregateFacts.ComputeAsync(db, activities, facts => PlanPace.Report(document, facts, day), ct);
    }

    /// <summary>The plan pace page: the report and a burn-up series per commitment.</summary>
    public async Task<PlanPaceDetails> GetPlanPaceAsync(int planId, DateOnly? today = null, CancellationToken ct = default)
    {
        var plan = await plans.GetAsync(planId, ct);
        var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
        var day = PlanCalendar.Check(today, "today") ?? await Today(ct);
        var report = await AggregateFacts.ComputeAsync(db, activities, facts => PlanPace.Report(document, facts, day), ct);
        var burnUps = await BurnUps.ForAsync(db, document, day, ct);
        var titles = plan.Goals.Select(g => (g.Key, Text: g.Title)).Concat(plan.Strategies.Select(s => (s.Key, Text: s.Statement)))
            .Where(t => !string.IsNullOrWhiteSpace(t.Key) && !string.IsNullOrWhiteSpace(t.Text))
            .DistinctBy(t => t.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(t => t.Key, t => t.Text, StringComparer.OrdinalIgnoreCase);
        return new PlanPaceDetails(plan.Id, plan.Name, day, report, burnUps, Names(document), titles);
    }

    private Task<DateOnly> Today(CancellationToken ct) => new OrganizationClock(db, clock).ForOrganizationAsync(ct);

    private static Dictionary<string, string> Names(PlanDocument plan) =>
        plan.People.Where(p => !string.IsNullOrWhiteSpace(p.Handle) && !string.IsNullOrWhiteSpace(p.Name))
            .DistinctBy(p => p.Handle!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.Handle!, p => p.Name!, StringComparer.OrdinalIgnoreCase);
}
