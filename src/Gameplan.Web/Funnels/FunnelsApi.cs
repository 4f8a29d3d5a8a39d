using Gameplan.Core.Funnels;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Funnels;

/// <summary>
/// Sales funnels: /api/v1/plans/{planId}/funnel (the one that applies, and the plan's own), its model
/// (/funnel/model, with what-if <c>?set=calls.rate=0.35&amp;set=people=8</c>), /api/v1/organization/funnel
/// (the default: admins and executives change it) and /api/v1/teams/{id}/funnel (its managers, executives and admins).
/// A PUT's <c>version</c> and a DELETE's <c>?version=</c>, when given, must be the version last read (else 412).
/// </summary>
internal static class FunnelsApi
{
    public static void MapFunnels(this RouteGroupBuilder api)
    {
        MapPlanFunnel(api.MapGroup("/plans/{planId:int}/funnel").WithTags("Funnels"));
        MapOrganizationFunnel(api.MapGroup("/organization/funnel").WithTags("Funnels"));
        MapTeamFunnel(api.MapGroup("/teams/{id:int}/funnel").WithTags("Funnels"));
    }

    private static void MapPlanFunnel(RouteGroupBuilder group)
    {
        group.MapGet("/", async (int planId, FunnelQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.EffectiveFunnelAsync(planId, ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("GetPlanFunnel").WithSummary("Reads the funnel that applies to the plan and where it is set: plan, team, organization or none.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/model", async (int planId, [FromQuery(Name = "set")] string[]? set, DateOnly? today, FunnelQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ModelAsync(planId, set ?? [], today, ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("GetPlanFunnelModel")
            .WithSummary("The funnel maths of the plan (as gameplan model --format json, rounded to 2 decimals) with measured rates and projections; set=STAGE.rate=X, deal_value=X, cycle_days=N or people=N asks what if.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();

        group.MapPut("/", async (int planId, FunnelRequest request, FunnelCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.SetForPlanAsync(planId, request, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.PlanEdit)
            .WithName("SetPlanFunnel").WithSummary("Sets the plan's own funnel (over its team's and the organisation's).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesValidationProblem();

        group.MapDelete("/", async (int planId, int? version, FunnelCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                await commands.ClearForPlanAsync(planId, await me.ActorAsync(ct), version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanEdit)
            .WithName("ClearPlanFunnel").WithSummary("Removes the plan's own funnel: it then follows its team's or the organisation's.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static void MapOrganizationFunnel(RouteGroupBuilder group)
    {
        group.MapGet("/", async (FunnelQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ForOrganizationAsync(ct)))
            .WithName("GetOrganizationFunnel").WithSummary("Reads the organisation's default funnel (source none when there is none).");

        group.MapPut("/", async (FunnelRequest request, FunnelCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.SetForOrganizationAsync(request, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.Write)
            .WithName("SetOrganizationFunnel").WithSummary("Sets the organisation's default funnel (admins and executives).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesValidationProblem();

        group.MapDelete("/", async (int? version, FunnelCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                await commands.ClearForOrganizationAsync(await me.ActorAsync(ct), version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Write)
            .WithName("ClearOrganizationFunnel").WithSummary("Removes the organisation's default funnel (admins and executives).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    private static void MapTeamFunnel(RouteGroupBuilder group)
    {
        group.MapGet("/", async (int id, FunnelQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ForTeamAsync(id, ct)))
            .WithName("GetTeamFunnel").WithSummary("Reads the funnel that applies to the team: its own, a team's above, the organisation's, or none.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/", async (int id, FunnelRequest request, FunnelCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.SetForTeamAsync(id, request, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.Write)
            .WithName("SetTeamFunnel").WithSummary("Sets the team's funnel (its managers, executives and admins), over the organisation's for its plans and the teams below.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed).ProducesValidationProblem();

        group.MapDelete("/", async (int id, int? version, FunnelCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                await commands.ClearForTeamAsync(id, await me.ActorAsync(ct), version, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Write)
            .WithName("ClearTeamFunnel").WithSummary("Removes the team's funnel (its managers, executives and admins).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
