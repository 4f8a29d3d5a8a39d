using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Goals;

/// <summary>/api/v1/plans/{planId}/goals: a plan's measurable goals.</summary>
internal static class GoalsApi
{
    public static void MapGoals(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans/{planId:int}/goals").WithTags("Goals");

        group.MapGet("/", async (int planId, PlanQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListGoalsAsync(planId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .WithName("ListGoals").WithSummary("Lists the plan's goals.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{goalId:int}", async (int planId, int goalId, PlanQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetGoalAsync(planId, goalId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .Tagged()
            .WithName("GetGoal").WithSummary("Reads one goal.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<GoalDetails>> (int planId, GoalRequest request, GoalCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(planId, request, await me.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/plans/{planId}/goals/{created.Id}", created);
            })
            .Validated<GoalRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged()
            .WithName("CreateGoal").WithSummary("Adds a goal.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{goalId:int}", async (int planId, int goalId, GoalRequest request, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, GoalCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(planId, goalId, request, await me.ActorAsync(ct), EntityTags.Read(ifMatch), ct)))
            .Validated<GoalRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged().Conditional()
            .WithName("UpdateGoal").WithSummary("Replaces a goal.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{goalId:int}", async (int planId, int goalId, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, GoalCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(planId, goalId, EntityTags.Read(ifMatch), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanEdit)
            .Conditional()
            .WithName("DeleteGoal").WithSummary("Deletes a goal.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
