using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Funnels;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Funnels;

/// <summary>
/// Reads funnels: the one that applies to a plan, a team or the organisation and where it is set, and a
/// plan's funnel maths (required activity per stage, commitments against it, measured rates and the
/// projection, from the daily aggregates). Reads are not authorised here: the host checks that the caller reads the plan.
/// </summary>
public sealed class FunnelQueries(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>The plan's effective funnel: its own, else its team's (or a team above), else the organisation's; 404 for an unknown plan.</summary>
    public async Task<EffectiveFunnel> EffectiveFunnelAsync(int planId, CancellationToken ct = default)
    {
        await RequirePlanAsync(planId, ct);
        return (await StoredFunnels.ForPlansAsync(db, [planId], ct))[planId].Effective;
    }

    /// <summary>The team's effective funnel: its own, else the nearest team above, else the organisation's; 404 for an unknown team.</summary>
    public async Task<EffectiveFunnel> ForTeamAsync(int teamId, CancellationToken ct = default)
    {
        if (!await db.Teams.AnyAsync(t => t.Id == teamId, ct))
        {
            throw new NotFoundException($"Team {teamId}");
        }
        return await StoredFunnels.ForTeamAsync(db, teamId, ct);
    }

    /// <summary>The organisation's default funnel, or <see cref="EffectiveFunnel.None"/>.</summary>
    public Task<EffectiveFunnel> ForOrganizationAsync(CancellationToken ct = default) => StoredFunnels.ForOrganizationAsync(db, ct);

    /// <summary>
    /// The funnel maths of the plan (<see cref="FunnelModel.Of"/> on the plan's document with its effective funnel,
    /// on <paramref name="today"/> or the organisation's today), with per goal the measured rates of the plan's people
    /// (<see cref="FunnelLearning.Rates"/>) and the projection (<see cref="FunnelLearning.Project"/>) from the daily aggregates.
    /// </summary>
    /// <param name="whatIf"><c>KEY=VALUE</c> changes (<c>calls.rate=0.35</c>, <c>deal_value=30000</c>, <c>cycle_days=45</c>, <c>people=8</c>); a bad one is refused naming it.</param>
    public async Task<FunnelModelDetails> ModelAsync(int planId, IReadOnlyList<string>? whatIf = null, DateOnly? today = null, CancellationToken ct = default)
    {
        var plan = await new PlanQueries(db).GetAsync(planId, ct);
        var document = await StoredPlanDocuments.ForAsync(db, plan, ct);
        var effective = (await StoredFunnels.ForPlansAsync(db, [planId], ct))[planId].Effective;
        var day = PlanCalendar.Check(today, "today") ?? await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        FunnelWhatIf? changes = null;
        if (whatIf is { Count: > 0 })
        {
            changes = document.Funnel is { } written
                ? FunnelWhatIf.Parse(whatIf, written)
                : throw new DomainRuleException("The plan has no funnel to change: set one on the plan, its team or the organisation first.", "set");
        }
        try
        {
            var report = FunnelModel.Of(document, day, changes);
            var funnel = document.Funnel is { } stored ? changes?.Apply(stored) ?? stored : null;
            var people = funnel is null || report.Errors.Count > 0 || report.Goals.Count == 0 ? null : await PeopleAsync(plan, document, ct);
            var learned = people is null
                ? new FunnelLearned([], [])
                : await AggregateFacts.ComputeAsync(db, new ActivityQueries(db), facts => Learn(document, people, funnel!, report, facts, day), ct);
            return FunnelModelMapping.Details(effective, day, document, funnel, report, learned);
        }
        catch (OverflowException)
        {
            // A tiny deal value or rate (0.0000001) asks for more activity than a number holds: say so, never fail.
            throw new DomainRuleException("The funnel asks for more activity than can be counted: raise the deal value or the rates.", changes is null ? "funnel" : "set");
        }
    }

    /// <summary>
    /// Whose activity the rates and the projection count: for an organisation plan everyone active in the
    /// organisation (its goals are the whole company's), otherwise the plan document's people (its own and its team's).
    /// </summary>
    private async Task<IReadOnlyList<string>> PeopleAsync(PlanDetails plan, PlanDocument document, CancellationToken ct) =>
        plan.Scope == Domain.Plans.PlanScope.Organization
            ? await db.People.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Handle).Select(p => p.Handle).ToListAsync(ct)
            : document.People.Select(person => person.Handle?.Trim()).OfType<string>()
                .Where(handle => handle.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static FunnelLearned Learn(PlanDocument document, IReadOnlyList<string> people, FunnelDocument funnel, FunnelModelReport report, ActivityFacts facts, DateOnly today)
    {
        var rates = FunnelLearning.Rates(funnel, facts, people, today);
        var targets = document.Goals
            .Select((goal, index) => (Id: string.IsNullOrWhiteSpace(goal.Id) ? index.ToString(System.Globalization.CultureInfo.InvariantCulture) : goal.Id.Trim(), goal.Target))
            .Where(goal => goal.Target is not null && report.Goals.Any(model => model.Id == goal.Id))
            .GroupBy(goal => goal.Id).ToDictionary(group => group.Key, group => group.First().Target!.Value);
        var projections = FunnelLearning.Project(funnel, report, rates, facts, people, today, Domain.Pace.WorkingCalendar.Of(document.Settings), targets);
        return new FunnelLearned(rates, projections);
    }

    private async Task RequirePlanAsync(int planId, CancellationToken ct)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == planId, ct))
        {
            throw new NotFoundException($"Plan {planId}");
        }
    }
}

/// <summary>What the logged activity says: the measured rates (team first, then each person) and each goal's projection.</summary>
internal sealed record FunnelLearned(IReadOnlyList<MeasuredRate> Rates, IReadOnlyList<GoalProjection> Projections);
