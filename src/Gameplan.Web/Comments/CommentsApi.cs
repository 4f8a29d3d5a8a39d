using Gameplan.Core.Comments;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Comments;

/// <summary>
/// /api/v1/plans/{planId}/comments: threads on a plan's elements, named by the paths the critique prints.
/// Whoever reads the plan discusses it (a write-capable principal for changes); Core checks the rest again with
/// the caller: only the author edits or deletes a comment, and only the thread's author or those who may change
/// or approve the plan resolve and reopen it (docs/access.md).
/// </summary>
internal static class CommentsApi
{
    public static void MapComments(this RouteGroupBuilder api)
    {
        var comments = api.MapGroup("/plans/{planId:int}/comments").WithTags("Comments");

        comments.MapGet("/", async (int planId, string? element, CommentQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(planId, element, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("ListPlanComments")
            .WithSummary("Lists the plan's threads, oldest first, each with its replies; ?element=strategies[s1].tactics[t2] only that element's (plan: the plan's own).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        comments.MapGet("/{commentId:int}", async (int planId, int commentId, CommentQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetAsync(planId, commentId, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("GetPlanComment")
            .WithSummary("Reads one comment; the start of a thread with its replies.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        comments.MapPost("/", async Task<Created<CommentDetails>> (int planId, CommentRequest request, CommentCommands commands, CurrentUser me, CancellationToken ct) =>
                Created(planId, await commands.StartAsync(planId, request, await me.ActorAsync(ct), ct)))
            .Validated<CommentRequest>()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("StartPlanComment")
            .WithSummary("Starts a thread on an element {element?, body}; @handle mentions a person of the organisation.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        comments.MapPost("/{commentId:int}/replies", async Task<Created<CommentDetails>> (int planId, int commentId, CommentBodyRequest request, CommentCommands commands, CurrentUser me, CancellationToken ct) =>
                Created(planId, await commands.ReplyAsync(planId, commentId, request, await me.ActorAsync(ct), ct)))
            .Validated<CommentBodyRequest>()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("ReplyToPlanComment")
            .WithSummary("Replies in the comment's thread {body}.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        comments.MapPut("/{commentId:int}", async (int planId, int commentId, CommentBodyRequest request, CommentCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.EditAsync(planId, commentId, request, await me.ActorAsync(ct), ct)))
            // Validated in Core after the authorship check: someone else's comment is 403 whatever the body says.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("EditPlanComment")
            .WithSummary("Replaces the text of one's own comment {body}.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        comments.MapDelete("/{commentId:int}", async (int planId, int commentId, CommentCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                await commands.DeleteAsync(planId, commentId, await me.ActorAsync(ct), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanComment)
            .WithName("DeletePlanComment")
            .WithSummary("Deletes one's own comment: its text goes, its place in the thread stays.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        comments.MapPost("/{commentId:int}/{step:regex(^(resolve|reopen)$)}", async (int planId, int commentId, string step, CommentCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                var actor = await me.ActorAsync(ct);
                return TypedResults.Ok(step == "resolve"
                    ? await commands.ResolveAsync(planId, commentId, actor, ct)
                    : await commands.ReopenAsync(planId, commentId, actor, ct));
            })
            .RequireAuthorization(Policies.PlanComment)
            .WithName("ResolvePlanComment")
            .WithSummary("Resolves or reopens the comment's thread: its author, or whoever may change or approve the plan.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static Created<CommentDetails> Created(int planId, CommentDetails comment) =>
        TypedResults.Created($"/api/v1/plans/{planId}/comments/{comment.Id}", comment);
}
