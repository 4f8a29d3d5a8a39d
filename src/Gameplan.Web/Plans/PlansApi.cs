using Gameplan.Core.Plans;
using Gameplan.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Plans;

/// <summary>/api/v1/plans: list, read, create, replace, delete, and move a plan through its life cycle.</summary>
internal static class PlansApi
{
    public static void MapPlans(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");

        plans.MapGet("/", async (PlanQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(ct)))
            .WithName("ListPlans").WithSummary("Lists the organisation's plans.");

        plans.MapGet("/{id:int}", async (int id, PlanQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .WithName("GetPlan").WithSummary("Reads a whole plan: answers, goals, strategies with tactics and commitments, reviews.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("/", async Task<Created<PlanDetails>> (PlanRequest request, PlanCommands commands, CancellationToken ct) =>
            {
                var plan = await commands.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/plans/{plan.Id}", plan);
            })
            .Validated<PlanRequest>()
            .WithName("CreatePlan").WithSummary("Creates a plan in Draft.");

        plans.MapPut("/{id:int}", async (int id, PlanRequest request, PlanCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(id, request, ct)))
            .Validated<PlanRequest>()
            .WithName("UpdatePlan").WithSummary("Replaces a plan's header (name, scope, period, answers).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapPost("/{id:int}/{transition:regex(^(submit|approve|return|close|reopen)$)}",
                async (int id, string transition, PlanCommands commands, CancellationToken ct) =>
                    TypedResults.Ok(await commands.TransitionAsync(id, Enum.Parse<PlanTransition>(transition, ignoreCase: true), ct)))
            .WithName("TransitionPlan").WithSummary("Moves a plan: submit (Draft to InReview), approve (to Active), return (to Draft), close, reopen.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapDelete("/{id:int}", async (int id, PlanCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeletePlan").WithSummary("Deletes a plan and everything under it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
