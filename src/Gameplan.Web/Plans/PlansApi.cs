using System.Text.Json;
using Gameplan.Core.Audit;
using Gameplan.Core.Plans;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace Gameplan.Web.Plans;

/// <summary>/api/v1/plans: list, read, create, replace, delete, and move a plan through its life cycle.</summary>
internal static class PlansApi
{
    public static void MapPlans(this RouteGroupBuilder api)
    {
        var plans = api.MapGroup("/plans").WithTags("Plans");

        plans.MapGet("/", async (PlanQueries queries, CurrentUser me, CancellationToken ct) => TypedResults.Ok(await queries.ListVisibleAsync(await me.ActorAsync(ct), ct)))
            .WithName("ListPlans").WithSummary("Lists the plans of the organisation you may read.");

        plans.MapGet("/{id:int}", async (int id, PlanQueries queries, Core.Reviews.ReviewWorkspaceQueries reviews, CurrentUser me, CancellationToken ct) =>
            {
                var plan = await queries.GetAsync(id, ct);
                // A colleague's one-on-one keeps its date and kind, not its notes nor whom it is with (docs/access.md).
                return TypedResults.Ok(plan with { Reviews = await reviews.VisibleAsync(id, plan.Reviews, await me.ActorAsync(ct), ct) });
            })
            .RequireAuthorization(Policies.PlanRead)
            .Tagged()
            .WithName("GetPlan").WithSummary("Reads a whole plan: answers, goals, strategies with tactics and commitments, reviews.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        plans.MapPost("/", async Task<Created<PlanDetails>> (PlanRequest request, PlanCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                var plan = await commands.CreateAsync(request, await me.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/plans/{plan.Id}", plan);
            })
            .Validated<PlanRequest>()
            .Tagged()
            .WithName("CreatePlan").WithSummary("Creates a plan in Draft.");

        plans.MapPut("/{id:int}", async (int id, PlanRequest request, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, PlanCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(id, request, await me.ActorAsync(ct), EntityTags.Read(ifMatch), ct)))
            .Validated<PlanRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged().Conditional()
            .WithName("UpdatePlan").WithSummary("Replaces a plan's header (name, scope, period, answers); only into a plan you may still change.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapPost("/{id:int}/{transition:regex(^(submit|close|reopen)$)}",
                async (int id, string transition, PlanCommands commands, CancellationToken ct) =>
                    TypedResults.Ok(await commands.TransitionAsync(id, Enum.Parse<PlanTransition>(transition, ignoreCase: true), ct)))
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged()
            .WithName("TransitionPlan").WithSummary("Moves a plan by its author: submit (Draft to InReview), close (Active to Closed), reopen.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        plans.MapPost("/{id:int}/{decision:regex(^(approve|return)$)}",
                async (int id, string decision, HttpRequest http, PlanCommands commands, CurrentUser me, CancellationToken ct) =>
                    TypedResults.Ok(await commands.TransitionAsync(id, Enum.Parse<PlanTransition>(decision, ignoreCase: true), await DecisionAsync(http, ct), await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.PlanApprove)
            .AddOpenApiOperationTransformer(async (operation, context, ct) => operation.RequestBody = new OpenApiRequestBody
            {
                Required = false,
                Description = "Optional: {reason} to return (required), {override: true, reason} to approve over critique errors.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(PlanDecisionRequest), null, ct) },
                },
            })
            .Tagged()
            .WithName("ReviewPlan")
            .WithSummary("The reviewer's decision on a submitted plan: approve (to Active) or return (to Draft) with {reason}; "
                + "approving a plan the critique finds errors in needs {override: true, reason}. The reason becomes a plan-level comment.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem(StatusCodes.Status409Conflict);

        plans.MapGet("/{id:int}/audit", async (int id, AuditQueries audit, CancellationToken ct) => TypedResults.Ok(await audit.ForPlanAsync(id, ct: ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("GetPlanAudit").WithSummary("Who created, changed or deleted what in this plan, newest first.");

        plans.MapDelete("/{id:int}", async (int id, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, PlanCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(id, EntityTags.Read(ifMatch), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanEdit)
            .Conditional()
            .WithName("DeletePlan").WithSummary("Deletes a plan and everything under it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>
    /// The decision's body, read only when one is sent: a clean plan is approved with none, as before reasons were
    /// asked (a bound body parameter would refuse a request without a content type).
    /// </summary>
    private static async Task<PlanDecisionRequest?> DecisionAsync(HttpRequest http, CancellationToken ct)
    {
        if (!http.HasJsonContentType())
        {
            return null;
        }
        try
        {
            return await http.ReadFromJsonAsync<PlanDecisionRequest>(ct);
        }
        catch (JsonException json)
        {
            throw new BadHttpRequestException("The request body is not valid JSON.", StatusCodes.Status400BadRequest, json);
        }
    }
}
