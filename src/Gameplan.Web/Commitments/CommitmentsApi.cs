using Gameplan.Core.Commitments;
using Gameplan.Core.Plans;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Commitments;

/// <summary>Activity commitments: listed and added under their tactic, read and changed by id within the plan.</summary>
internal static class CommitmentsApi
{
    public static void MapCommitments(this RouteGroupBuilder api)
    {
        var underTactic = api.MapGroup("/plans/{planId:int}/tactics/{tacticId:int}/commitments").WithTags("Commitments");
        var group = api.MapGroup("/plans/{planId:int}/commitments").WithTags("Commitments");

        underTactic.MapGet("/", async (int planId, int tacticId, PlanQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListCommitmentsAsync(planId, tacticId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .WithName("ListCommitments").WithSummary("Lists a tactic's activity commitments.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        underTactic.MapPost("/", async Task<Created<CommitmentDetails>> (int planId, int tacticId, CommitmentRequest request, CommitmentCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(planId, tacticId, request, await me.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/plans/{planId}/commitments/{created.Id}", created);
            })
            .Validated<CommitmentRequest>()
            .RequireAuthorization(Policies.PlanDraftTactics)
            .Tagged()
            .WithName("CreateCommitment").WithSummary("Adds a measurable activity commitment to a tactic.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/{commitmentId:int}", async (int planId, int commitmentId, PlanQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetCommitmentAsync(planId, commitmentId, ct)))

            .RequireAuthorization(Policies.PlanRead)
            .Tagged()
            .WithName("GetCommitment").WithSummary("Reads one commitment.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{commitmentId:int}", async (int planId, int commitmentId, CommitmentRequest request, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, CommitmentCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(planId, commitmentId, request, await me.ActorAsync(ct), EntityTags.Read(ifMatch), ct)))
            .Validated<CommitmentRequest>()
            .RequireAuthorization(Policies.PlanDraftTactics)
            .Tagged().Conditional()
            .WithName("UpdateCommitment").WithSummary("Replaces a commitment.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{commitmentId:int}", async (int planId, int commitmentId, [FromHeader(Name = EntityTags.IfMatch)] string? ifMatch, CommitmentCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(planId, commitmentId, EntityTags.Read(ifMatch), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanDraftTactics)
            .Conditional()
            .WithName("DeleteCommitment").WithSummary("Deletes a commitment.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{commitmentId:int}/acknowledgements", async (int planId, int commitmentId, AcknowledgementRequest request, CommitmentCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.AcknowledgeAsync(planId, commitmentId, request.Person, await me.ActorAsync(ct), ct)))
            .Validated<AcknowledgementRequest>()
            .RequireAuthorization(Policies.PlanRead, Policies.Write)
            .Tagged()
            .WithName("AcknowledgeCommitment").WithSummary("Records that you accept a commitment that binds you (person: your own handle); nobody acknowledges for someone else.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
