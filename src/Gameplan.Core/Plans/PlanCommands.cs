using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Gameplan.Core.Versions;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;

namespace Gameplan.Core.Plans;

/// <summary>Creates, changes, moves through its life cycle, and deletes plans.</summary>
public sealed class PlanCommands(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>Creates a plan in Draft (trusted callers: the CLI, imports, tests).</summary>
    public Task<PlanDetails> CreateAsync(PlanRequest request, CancellationToken ct = default) => CreateAsync(request, null, ct);

    /// <summary>Creates a plan in Draft; with an <paramref name="actor"/>, only a plan they may then edit.</summary>
    public async Task<PlanDetails> CreateAsync(PlanRequest request, Actor? actor, CancellationToken ct = default)
    {
        var header = await HeaderAsync(request, ct);
        if (actor is not null)
        {
            ChangeAccess.EnsureMayCreate(actor, await ChangeAccess.FactsAsync(db, header, ct), request.Owner);
        }
        var settings = Settings(request);
        var plan = new StrategicPlan(db.RequireOrganization(), header, clock.GetUtcNow());
        plan.ChangeSettings(settings, clock.GetUtcNow());
        db.Plans.Add(plan);
        await db.SaveAsync(ct);
        return await PlanQueries.DetailsAsync(db, plan, ct);
    }

    /// <summary>Replaces the plan's header (trusted callers: the CLI, imports, tests).</summary>
    public Task<PlanDetails> UpdateAsync(int id, PlanRequest request, CancellationToken ct = default) => UpdateAsync(id, request, null, ct);

    /// <summary>Replaces the plan's header; with an <paramref name="actor"/>, only into a plan they may still change (scope, team, owner).</summary>
    public Task<PlanDetails> UpdateAsync(int id, PlanRequest request, Actor? actor, CancellationToken ct = default) => UpdateAsync(id, request, actor, null, ct);

    /// <summary>Replaces the plan's header, only while it is the version the caller read (<paramref name="ifMatch"/>: its tags; null checks none).</summary>
    public async Task<PlanDetails> UpdateAsync(int id, PlanRequest request, Actor? actor, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, id, ct);
        change.ExpectPlan(ifMatch);
        var plan = change.Plan;
        var settings = Settings(request);
        var header = await HeaderAsync(request, ct);
        if (actor is not null)
        {
            ChangeAccess.EnsureMayChange(actor, await ChangeAccess.FactsAsync(db, plan, ct), await ChangeAccess.FactsAsync(db, header, ct), request.Owner);
        }
        plan.UpdateHeader(header, clock.GetUtcNow());
        plan.ChangeSettings(settings, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return await PlanQueries.DetailsAsync(db, plan, ct);
    }

    public Task<PlanDetails> TransitionAsync(int id, PlanTransition transition, CancellationToken ct = default) => TransitionAsync(id, transition, null, ct);

    /// <summary>
    /// Moves the plan through its life cycle. Submitting and approving store a version of the plan (its plan file,
    /// who, when, and <paramref name="reason"/>: why, optional) in the same transaction.
    /// </summary>
    public async Task<PlanDetails> TransitionAsync(int id, PlanTransition transition, string? reason, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, id, ct);
        var plan = change.Plan;
        var now = clock.GetUtcNow();
        Action<DateTimeOffset> step = transition switch
        {
            PlanTransition.Submit => plan.Submit,
            PlanTransition.Approve => plan.Approve,
            PlanTransition.Return => plan.ReturnToDraft,
            PlanTransition.Close => plan.Close,
            PlanTransition.Reopen => plan.Reopen,
            _ => throw new DomainRuleException($"Unknown plan transition '{transition}'.", "transition"),
        };
        step(now);
        if (transition is PlanTransition.Submit or PlanTransition.Approve)
        {
            await PlanVersions.RecordAsync(db, plan, transition == PlanTransition.Submit ? PlanVersionKind.Submitted : PlanVersionKind.Approved, reason, now, ct);
        }
        await change.SaveAsync(ct);
        return await PlanQueries.DetailsAsync(db, plan, ct);
    }

    /// <summary>Deletes the plan with everything under it; logged activities are kept.</summary>
    public Task DeleteAsync(int id, CancellationToken ct = default) => DeleteAsync(id, null, ct);

    /// <summary>Deletes the plan, only while its header is the version the caller read (<paramref name="ifMatch"/>; null checks none).</summary>
    public async Task DeleteAsync(int id, IReadOnlyCollection<string>? ifMatch, CancellationToken ct = default)
    {
        await using var change = await PlanChange.BeginAsync(db, id, ct);
        change.ExpectPlan(ifMatch);
        db.Plans.Remove(change.Plan);
        await change.SaveAsync(ct);
    }

    /// <summary>The plan's own settings; a request without them sets none (the organisation's apply).</summary>
    private static PlanningSettings Settings(PlanRequest request) => request.Settings?.ToSettings("settings.") ?? PlanningSettings.None;

    private async Task<PlanHeader> HeaderAsync(PlanRequest request, CancellationToken ct)
    {
        var people = await PeopleIndex.ForHandlesAsync(db, [request.Owner], ct);
        var teamId = await TeamLookup.IdOfAsync(db, request.Team, "team", ct);
        return new PlanHeader(
            request.Name,
            request.Scope,
            teamId,
            people.IdOf(request.Owner, "owner"),
            request.Period.Start ?? throw new DomainRuleException("The period start is required.", "period.start"),
            request.Period.End ?? throw new DomainRuleException("The period end is required.", "period.end"),
            request.Drafted,
            request.Mission,
            request.Background.Current,
            request.Background.Desired,
            request.Customer.Who,
            request.Customer.Values,
            request.DesiredResults);
    }
}
