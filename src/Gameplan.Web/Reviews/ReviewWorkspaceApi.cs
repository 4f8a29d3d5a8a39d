using Gameplan.Core.Reviews;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Reviews;

/// <summary>
/// /api/v1/plans/{planId}/reviews/{reviewId}/...: a review's workspace (agenda, participants, talking points, decisions, action
/// items, marking it held), and /api/v1/me/action-items. Whoever reads the plan passes here (a write-capable principal for
/// changes); Core checks the rest with the caller (docs/access.md): a one-on-one is read only by the person coached, its
/// participants and those who run the plan's reviews; participants add talking points; an action item's owner ticks it done.
/// </summary>
internal static class ReviewWorkspaceApi
{
    public static void MapReviewWorkspaces(this RouteGroupBuilder api)
    {
        var review = api.MapGroup("/plans/{planId:int}/reviews/{reviewId:int}").WithTags("Review workspaces");

        review.MapGet("/agenda", async (int planId, int reviewId, ReviewAgendaQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetAsync(planId, reviewId, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("GetReviewAgenda")
            .WithSummary("The review's agenda: prepared from the plan today, or, once it is held, the numbers it showed then (held, snapshot_taken_at).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapGet("/workspace", async (int planId, int reviewId, ReviewWorkspaceQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetAsync(planId, reviewId, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("GetReviewWorkspace")
            .WithSummary("The whole workspace: agenda, participants, talking points, decisions, action items raised here and carried forward, and what the caller may do.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPost("/participants", async Task<Created<ReviewPerson>> (int planId, int reviewId, ParticipantRequest? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Created($"/api/v1/plans/{planId}/reviews/{reviewId}/workspace", await commands.AddParticipantAsync(planId, reviewId, request ?? new(), await me.ActorAsync(ct), ct)))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("AddReviewParticipant").WithSummary("Invites a person {person} (those who run the review).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPost("/talking-points", async Task<Created<TalkingPointDetails>> (int planId, int reviewId, TalkingPointRequest? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                Created(await commands.AddTalkingPointAsync(planId, reviewId, request ?? new(), await me.ActorAsync(ct), ct), x => $"/api/v1/plans/{planId}/reviews/{reviewId}/talking-points/{x.Id}"))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("AddTalkingPoint").WithSummary("Adds a talking point {text}: participants, the person coached, those who run the review.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPatch("/talking-points/{pointId:int}", async (int planId, int reviewId, int pointId, TalkingPointChange? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.ChangeTalkingPointAsync(planId, reviewId, pointId, request ?? new(), await me.ActorAsync(ct), ct)))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("ChangeTalkingPoint").WithSummary("Changes a talking point {text?, discussed?}: its author or those who run the review.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPost("/decisions", async Task<Created<DecisionDetails>> (int planId, int reviewId, DecisionRequest? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                Created(await commands.AddDecisionAsync(planId, reviewId, request ?? new(), await me.ActorAsync(ct), ct), x => $"/api/v1/plans/{planId}/reviews/{reviewId}/decisions/{x.Id}"))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("AddReviewDecision").WithSummary("Records a decision {text} (those who run the review).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPatch("/decisions/{decisionId:int}", async (int planId, int reviewId, int decisionId, DecisionRequest? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.ChangeDecisionAsync(planId, reviewId, decisionId, request ?? new(), await me.ActorAsync(ct), ct)))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("ChangeReviewDecision").WithSummary("Rewrites a decision {text} (those who run the review).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPost("/action-items", async Task<Created<ActionItemDetails>> (int planId, int reviewId, ActionItemRequest? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                Created(await commands.AddActionItemAsync(planId, reviewId, request ?? new(), await me.ActorAsync(ct), ct), x => $"/api/v1/plans/{planId}/reviews/{reviewId}/action-items/{x.Id}"))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("AddActionItem").WithSummary("Raises an action item {text, owner, due} (those who run the review; the owner someone they may hold to account).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPatch("/action-items/{itemId:int}", async (int planId, int reviewId, int itemId, ActionItemChange? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.ChangeActionItemAsync(planId, reviewId, itemId, request ?? new(), await me.ActorAsync(ct), ct)))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("ChangeActionItem")
            .WithSummary("Ticks an action item done or open {done} (its owner, or those who run the review), or changes {text?, owner?, due?} (those who run it), from the review it was raised in or one it carries forward to.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        review.MapPost("/held", async (int planId, int reviewId, HeldRequest? request, ReviewWorkspaceCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.MarkHeldAsync(planId, reviewId, request ?? new(), await me.ActorAsync(ct), ct)))
            // Validated in Core after the access check: a refusal is 403 whatever the body says; a broken rule names its field.
            .ProducesValidationProblem()
            .RequireAuthorization(Policies.PlanComment)
            .WithName("MarkReviewHeld").WithSummary("Marks the review held {notes?} and keeps the agenda it shows now (those who run the review).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        api.MapGet("/plans/{planId:int}/review-proposals", async (int planId, ReviewWorkspaceQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ProposeAsync(planId, ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithTags("Review workspaces")
            .WithName("ProposeReviews").WithSummary("The next reviews the plan's cadence asks for that nobody has scheduled (schedule one with POST /reviews).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/me/action-items", async (ReviewWorkspaceQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.MineAsync(await me.ActorAsync(ct), ct)))
            .WithTags("Review workspaces")
            .WithName("ListMyActionItems").WithSummary("The open action items I own, earliest due first, each with the link (url) to where it is ticked.");
    }

    /// <summary>201 at the record's own address (where it is changed with PATCH).</summary>
    private static Created<T> Created<T>(T created, Func<T, string> location) => TypedResults.Created(location(created), created);
}
