using Gameplan.Core.Plans;
using Gameplan.Core.Tactics;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Tactics;

/// <summary>Tactics: listed and added under their strategy, read and changed by id within the plan.</summary>
internal static class TacticsApi
{
    public static void MapTactics(this RouteGroupBuilder api)
    {
        var underStrategy = api.MapGroup("/plans/{planId:int}/strategies/{strategyId:int}/tactics").WithTags("Tactics");
        var group = api.MapGroup("/plans/{planId:int}/tactics").WithTags("Tactics");

        underStrategy.MapGet("/", async (int planId, int strategyId, PlanQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListTacticsAsync(planId, strategyId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .WithName("ListTactics").WithSummary("Lists a strategy's tactics.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        underStrategy.MapPost("/", async Task<Created<TacticDetails>> (int planId, int strategyId, TacticRequest request, TacticCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(planId, strategyId, request, await me.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/plans/{planId}/tactics/{created.Id}", created);
            })
            .Validated<TacticRequest>()
            .RequireAuthorization(Policies.PlanDraftTactics)
            .Tagged()
            .WithName("CreateTactic").WithSummary("Adds a tactic to a strategy; you are recorded among its authors.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{tacticId:int}", async (int planId, int tacticId, PlanQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetTacticAsync(planId, tacticId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .Tagged()
            .WithName("GetTactic").WithSummary("Reads one tactic with its commitments.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{tacticId:int}", async (int planId, int tacticId, TacticRequest request, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, TacticCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(planId, tacticId, request, await me.ActorAsync(ct), EntityTags.Read(ifMatch), ct)))
            .Validated<TacticRequest>()
            .RequireAuthorization(Policies.PlanDraftTactics)
            .Tagged().Conditional()
            .WithName("UpdateTactic").WithSummary("Replaces a tactic; strategy_id moves it to another strategy of the plan.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{tacticId:int}", async (int planId, int tacticId, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, TacticCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(planId, tacticId, EntityTags.Read(ifMatch), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanDraftTactics)
            .Conditional()
            .WithName("DeleteTactic").WithSummary("Deletes a tactic with its commitments.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
