using Gameplan.Core.Cycles;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Cycles;

/// <summary>/api/v1/cycles: the planning cycles and each one's board (who has a plan, where it stands, the coverage).</summary>
internal static class CyclesApi
{
    public static void MapCycles(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/cycles").WithTags("Cycles");

        group.MapGet("/", async (CycleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(ct)))
            .WithName("ListCycles").WithSummary("The organisation's planning cycles, newest period first.");

        group.MapGet("/{id:int}", async (int id, CycleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .WithName("GetCycle").WithSummary("One planning cycle: its period and timeline.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/board", async (int id, DateOnly? today, CycleQueries queries, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await queries.BoardAsync(id, await user.ActorAsync(ct), today, ct)))
            .WithName("GetCycleBoard")
            .WithSummary("The cycle's board: the organisation plan and each team and person (admins and executives every team, managers theirs, others their own line) with their plan's status (none, draft, in_review, returned, approved), the next due date, the days left, and how far the plans under each plan cover its goals.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<CycleDetails>> (CycleRequest request, CycleCommands commands, CurrentUser user, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(request, await user.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/cycles/{created.Id}", created);
            })
            .Validated<CycleRequest>()
            .WithName("CreateCycle").WithSummary("Opens a planning cycle (admins and executives): `fiscal_year` for the organisation's year, or the period's dates; dates left out take the defaults (opens 90 days before, drafts due 45, reviews due 14).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPut("/{id:int}", async (int id, CycleRequest request, CycleCommands commands, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(id, request, await user.ActorAsync(ct), ct)))
            .Validated<CycleRequest>()
            .WithName("UpdateCycle").WithSummary("Changes a cycle's period or timeline (admins and executives).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}", async (int id, CycleCommands commands, CurrentUser user, CancellationToken ct) =>
            {
                await commands.DeleteAsync(id, await user.ActorAsync(ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCycle").WithSummary("Removes a cycle (admins and executives); its plans stay.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
