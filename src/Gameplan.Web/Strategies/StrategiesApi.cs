using Gameplan.Core.Plans;
using Gameplan.Core.Strategies;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Strategies;

/// <summary>/api/v1/plans/{planId}/strategies: choices of where and how to win, each with its tactics.</summary>
internal static class StrategiesApi
{
    public static void MapStrategies(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans/{planId:int}/strategies").WithTags("Strategies");

        group.MapGet("/", async (int planId, PlanQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListStrategiesAsync(planId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .WithName("ListStrategies").WithSummary("Lists the plan's strategies.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{strategyId:int}", async (int planId, int strategyId, PlanQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetStrategyAsync(planId, strategyId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .Tagged()
            .WithName("GetStrategy").WithSummary("Reads one strategy.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<StrategyDetails>> (int planId, StrategyRequest request, StrategyCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(planId, request, await me.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/plans/{planId}/strategies/{created.Id}", created);
            })
            .Validated<StrategyRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged()
            .WithName("CreateStrategy").WithSummary("Adds a strategy.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{strategyId:int}", async (int planId, int strategyId, StrategyRequest request, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, StrategyCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(planId, strategyId, request, await me.ActorAsync(ct), EntityTags.Read(ifMatch), ct)))
            .Validated<StrategyRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged().Conditional()
            .WithName("UpdateStrategy").WithSummary("Replaces a strategy.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{strategyId:int}", async (int planId, int strategyId, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, StrategyCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(planId, strategyId, EntityTags.Read(ifMatch), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanEdit)
            .Conditional()
            .WithName("DeleteStrategy").WithSummary("Deletes a strategy.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
