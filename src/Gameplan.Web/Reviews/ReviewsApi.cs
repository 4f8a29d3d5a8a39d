using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Reviews;

/// <summary>/api/v1/plans/{planId}/reviews: scheduled and held strategic, tactical and one-on-one reviews.</summary>
internal static class ReviewsApi
{
    public static void MapReviews(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/plans/{planId:int}/reviews").WithTags("Reviews");

        group.MapGet("/", async (int planId, PlanQueries queries, ReviewWorkspaceQueries workspaces, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await workspaces.VisibleAsync(planId, await queries.ListReviewsAsync(planId, ct), await me.ActorAsync(ct), ct)))

            .RequireAuthorization(Policies.PlanRead)
            .WithName("ListReviews").WithSummary("Lists the plan's reviews; a one-on-one the caller may not read (a colleague's) without its notes and person.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{reviewId:int}", async (int planId, int reviewId, PlanQueries queries, ReviewWorkspaceQueries workspaces, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok((await workspaces.VisibleAsync(planId, [await queries.GetReviewAsync(planId, reviewId, ct)], await me.ActorAsync(ct), ct))[0]))

            .RequireAuthorization(Policies.PlanRead)
            .Tagged()
            .WithName("GetReview").WithSummary("Reads one review.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<ReviewDetails>> (int planId, ReviewRequest request, ReviewCommands commands, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(planId, request, ct);
                return TypedResults.Created($"/api/v1/plans/{planId}/reviews/{created.Id}", created);
            })
            .Validated<ReviewRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged()
            .WithName("CreateReview").WithSummary("Adds a review.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{reviewId:int}", async (int planId, int reviewId, ReviewRequest request, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, ReviewCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(planId, reviewId, request, EntityTags.Read(ifMatch), ct)))
            .Validated<ReviewRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .Tagged().Conditional()
            .WithName("UpdateReview").WithSummary("Replaces a review.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{reviewId:int}", async (int planId, int reviewId, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, ReviewCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(planId, reviewId, EntityTags.Read(ifMatch), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanEdit)
            .Conditional()
            .WithName("DeleteReview").WithSummary("Deletes a review.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
