using Gameplan.Core.Data;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Funnels;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Funnels;

/// <summary>
/// Sets and clears the funnel of the organisation (its default: admins and executives), of a team (the
/// managers who lead it, executives and admins) or of a plan (whoever may edit the plan), asking the
/// domain's access rules about the funnel the change makes (a manager may not set the organisation's
/// default). Trusted callers (the CLI, imports, tests) pass no actor. Every funnel is checked by
/// <see cref="FunnelCheck"/>, whose refusal names the field (<c>funnel.stages[1].rate</c>). A request's
/// <see cref="FunnelRequest.Version"/> (or a clear's version), when given, must be the one last read (else 412).
/// </summary>
public sealed class FunnelCommands(GameplanDbContext db)
{
    /// <summary>Sets the organisation's default funnel; answers it as it now applies.</summary>
    public async Task<EffectiveFunnel> SetForOrganizationAsync(FunnelRequest request, Actor? actor, CancellationToken ct = default)
    {
        EnsureMaySetOrganization(actor);
        var funnel = await SetAsync(await db.Funnels.FirstOrDefaultAsync(f => f.TeamId == null && f.PlanId == null, ct), null, null, request, ct);
        return new EffectiveFunnel(FunnelSource.Organization, null, null, StoredFunnels.Details(funnel));
    }

    /// <summary>Removes the organisation's default funnel (nothing to remove is no error).</summary>
    public async Task ClearForOrganizationAsync(Actor? actor, int? version = null, CancellationToken ct = default)
    {
        EnsureMaySetOrganization(actor);
        await ClearAsync(await db.Funnels.FirstOrDefaultAsync(f => f.TeamId == null && f.PlanId == null, ct), version, ct);
    }

    /// <summary>Sets a team's funnel (over the organisation's, under its plans' own); 404 for an unknown team.</summary>
    public async Task<EffectiveFunnel> SetForTeamAsync(int teamId, FunnelRequest request, Actor? actor, CancellationToken ct = default)
    {
        var name = await RequireTeamAsync(teamId, actor, ct);
        var funnel = await SetAsync(await db.Funnels.FirstOrDefaultAsync(f => f.TeamId == teamId, ct), teamId, null, request, ct);
        return new EffectiveFunnel(FunnelSource.Team, teamId, name, StoredFunnels.Details(funnel));
    }

    /// <summary>Removes a team's funnel: its plans then follow the team above or the organisation.</summary>
    public async Task ClearForTeamAsync(int teamId, Actor? actor, int? version = null, CancellationToken ct = default)
    {
        await RequireTeamAsync(teamId, actor, ct);
        await ClearAsync(await db.Funnels.FirstOrDefaultAsync(f => f.TeamId == teamId, ct), version, ct);
    }

    /// <summary>Sets a plan's own funnel (over its team's and the organisation's); 404 for an unknown plan.</summary>
    public async Task<EffectiveFunnel> SetForPlanAsync(int planId, FunnelRequest request, Actor? actor, CancellationToken ct = default)
    {
        await RequirePlanAsync(planId, actor, ct);
        var funnel = await SetAsync(await db.Funnels.FirstOrDefaultAsync(f => f.PlanId == planId, ct), null, planId, request, ct);
        return new EffectiveFunnel(FunnelSource.Plan, null, null, StoredFunnels.Details(funnel));
    }

    /// <summary>Removes a plan's own funnel: it then follows its team's or the organisation's.</summary>
    public async Task ClearForPlanAsync(int planId, Actor? actor, int? version = null, CancellationToken ct = default)
    {
        await RequirePlanAsync(planId, actor, ct);
        await ClearAsync(await db.Funnels.FirstOrDefaultAsync(f => f.PlanId == planId, ct), version, ct);
    }

    /// <summary>The funnel of a request, spelled as the domain checks it.</summary>
    public static FunnelDocument Document(FunnelRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new()
        {
            DealValue = request.DealValue,
            Currency = request.Currency,
            CycleDays = request.CycleDays,
            Stages = [.. (request.Stages ?? []).Select(stage => new FunnelStageDocument { Metric = stage?.Metric, Rate = stage?.Rate, Minutes = stage?.Minutes })],
        };
    }

    private async Task<SalesFunnel> SetAsync(SalesFunnel? existing, int? teamId, int? planId, FunnelRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        EnsureCurrent(existing, request.Version);
        var document = Document(request);
        if (existing is null)
        {
            existing = new SalesFunnel(db.RequireOrganization(), teamId, planId, document);
            db.Funnels.Add(existing);
        }
        else
        {
            existing.Change(document);
        }
        await SaveAsync(ct);
        return existing;
    }

    private async Task ClearAsync(SalesFunnel? existing, int? version, CancellationToken ct)
    {
        EnsureCurrent(existing, version);
        if (existing is not null)
        {
            db.Funnels.Remove(existing);
            await SaveAsync(ct);
        }
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another change to the same funnel came first (the version token, or the one-funnel-per-owner index).
            db.ChangeTracker.Clear();
            throw new PreconditionFailedException("funnel");
        }
    }

    private static void EnsureCurrent(SalesFunnel? existing, int? version)
    {
        if (version is { } read && read != (existing?.Version ?? 0))
        {
            throw new PreconditionFailedException("funnel");
        }
    }

    /// <summary>True when <paramref name="actor"/> may set or clear the organisation's default funnel: admins and executives.</summary>
    public static bool MaySetOrganization(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Role is PersonRole.Admin or PersonRole.Executive;
    }

    /// <summary>True when <paramref name="actor"/> may set or clear team <paramref name="teamId"/>'s funnel: its managers, executives and admins.</summary>
    public static bool MaySetTeam(Actor actor, int teamId) => MaySetOrganization(actor) || actor.ManagedTeams.Contains(teamId);

    private static void EnsureMaySetOrganization(Actor? actor)
    {
        if (actor is not null && !MaySetOrganization(actor))
        {
            throw new AccessDeniedException("Only admins and executives set the organisation's default funnel; set one on a team you lead or a plan you may change.");
        }
    }

    private async Task<string> RequireTeamAsync(int teamId, Actor? actor, CancellationToken ct)
    {
        var name = await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Team {teamId}");
        if (actor is not null && !MaySetTeam(actor, teamId))
        {
            throw new AccessDeniedException("Only the managers who lead this team, executives and admins set its funnel.");
        }
        return name;
    }

    private async Task RequirePlanAsync(int planId, Actor? actor, CancellationToken ct)
    {
        var facts = await new PlanAccessQueries(db).FactsAsync(planId, ct) ?? throw new NotFoundException($"Plan {planId}");
        if (actor is not null && !PlanAccess.Allows(actor, facts, PlanPermission.Edit))
        {
            throw new AccessDeniedException("Only those who may change this plan set its funnel.");
        }
    }
}
