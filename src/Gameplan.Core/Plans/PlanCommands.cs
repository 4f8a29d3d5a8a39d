using Gameplan.Core.Comments;
using Gameplan.Core.Data;
using Gameplan.Core.People;
using Gameplan.Core.Teams;
using Gameplan.Core.Versions;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Plans;

/// <summary>Creates, changes, moves through its life cycle, and deletes plans.</summary>
public sealed class PlanCommands(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>Creates a plan in Draft (trusted callers: the CLI, imports, tests).</summary>
    public Task<PlanDetails> CreateAsync(PlanRequest request, CancellationToken ct = default) => CreateAsync(request, null, ct);

    /// <summary>Creates a plan in Draft; with an <paramref name="actor"/>, only a plan they may then edit.</summary>
    public async Task<PlanDetails> CreateAsync(PlanRequest request, Actor? actor, CancellationToken ct = default)
    {
        var header = await HeaderAsync(request, null, actor, ct);
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
        // An unfound parent kept from an import stays as it is while the form sends it back unchanged.
        var keepUnknown = plan.Parent is { PlanId: null } kept && request.Parent is { } asked
            && string.Equals(asked.Plan?.Trim(), kept.PlanName, StringComparison.OrdinalIgnoreCase);
        var header = await HeaderAsync(request, plan.Id, actor, ct, keepUnknown);
        if (actor is not null)
        {
            ChangeAccess.EnsureMayChange(actor, await ChangeAccess.FactsAsync(db, plan, ct), await ChangeAccess.FactsAsync(db, header, ct), request.Owner);
        }
        plan.UpdateHeader(header, clock.GetUtcNow());
        plan.ChangeSettings(settings, clock.GetUtcNow());
        await change.SaveAsync(ct);
        return await PlanQueries.DetailsAsync(db, plan, ct);
    }

    /// <summary>Moves the plan through its life cycle (trusted callers: the CLI, imports, tests; no reasons asked).</summary>
    public Task<PlanDetails> TransitionAsync(int id, PlanTransition transition, CancellationToken ct = default) => TransitionAsync(id, transition, null, null, ct);

    /// <summary>
    /// Moves the plan through its life cycle; with an <paramref name="actor"/> (API, pages), a return needs a reason and an
    /// approval over critique errors an override with a reason, kept as the actor's plan-level comment (see <see cref="PlanDecisionRequest"/>).
    /// Submitting and approving store a version of the plan (its plan file, who, when, and the reason given) in the same transaction.
    /// </summary>
    public async Task<PlanDetails> TransitionAsync(int id, PlanTransition transition, PlanDecisionRequest? decision, Actor? actor, CancellationToken ct = default)
    {
        var reason = actor is null ? null : await PlanDecisions.ReasonAsync(db, clock, id, transition, decision ?? new PlanDecisionRequest(), ct);
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
        if (reason is { } why)
        {
            var by = actor?.PersonId ?? throw new AccessDeniedException("Only a person of the organisation gives a reason for a decision.");
            await CommentCommands.AddReasonAsync(db, id, why.Purpose, by, why.Text, now, ct);
        }
        if (transition is PlanTransition.Submit or PlanTransition.Approve)
        {
            // A trusted caller (no actor) may still say why; it is kept with the version only.
            var because = reason?.Text ?? (actor is null ? decision?.Reason : null);
            await PlanVersions.RecordAsync(db, plan, transition == PlanTransition.Submit ? PlanVersionKind.Submitted : PlanVersionKind.Approved, because, now, ct);
        }
        await Webhooks.PlanWebhooks.EnqueueAsync(db, plan, transition, actor, reason?.Text, now, ct);
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
        // Its child plans keep its name as their parent, so the link is not silently lost (GP603 says it is gone).
        foreach (var child in await db.Plans.Where(p => p.ParentPlanId == id).ToListAsync(ct))
        {
            child.LoseParent(change.Plan.Name);
        }
        db.Plans.Remove(change.Plan);
        await change.SaveAsync(ct);
    }

    /// <summary>The plan's own settings; a request without them sets none (the organisation's apply).</summary>
    private static PlanningSettings Settings(PlanRequest request) => request.Settings?.ToSettings("settings.") ?? PlanningSettings.None;

    private async Task<PlanHeader> HeaderAsync(PlanRequest request, int? self, Actor? actor, CancellationToken ct, bool keepUnknown = false)
    {
        var parent = await PlanParents.ResolveAsync(db, request.Parent, self, actor, keepUnknown, ct);
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
            request.DesiredResults,
            parent);
    }
}
