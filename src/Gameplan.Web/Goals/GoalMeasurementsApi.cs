using Gameplan.Core.Goals;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Goals;

/// <summary>
/// /api/v1/goals/{goalId}/measurements: a goal's metric as measured on a day, and its progress with
/// the formula. Guarded by the goal's plan: reading it reads them; changing it records and deletes
/// them (docs/access.md), checked here before the body and again in Core. A goal of another organisation is 404.
/// </summary>
internal static class GoalMeasurementsApi
{
    public static void MapGoalMeasurements(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/goals/{goalId:int}/measurements").WithTags("Goals");

        group.MapGet("/", async (int goalId, DateOnly? today, GoalMeasurementQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListAsync(goalId, await me.ActorAsync(ct), today, ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("ListGoalMeasurements")
            .WithSummary("Lists the goal's measurements (oldest first) with its progress as of today (or ?today=YYYY-MM-DD): value, baseline, target and formula.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{measurementId:int}", async (int goalId, int measurementId, GoalMeasurementQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.GetAsync(goalId, measurementId, await me.ActorAsync(ct), ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithName("GetGoalMeasurement")
            .WithSummary("Reads one of the goal's measurements.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<MeasurementDetails>> (int goalId, MeasurementRequest request, GoalMeasurementCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                var created = await commands.RecordAsync(goalId, request, await me.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/goals/{goalId}/measurements/{created.Id}", created);
            })
            .Validated<MeasurementRequest>()
            .RequireAuthorization(Policies.PlanEdit)
            .WithName("RecordGoalMeasurement")
            .WithSummary("Records {date, value, note?}: the goal's metric as measured on a day (today at the latest).")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{measurementId:int}", async (int goalId, int measurementId, GoalMeasurementCommands commands, CurrentUser me, CancellationToken ct) =>
            {
                await commands.DeleteAsync(goalId, measurementId, await me.ActorAsync(ct), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.PlanEdit)
            .WithName("DeleteGoalMeasurement")
            .WithSummary("Deletes one of the goal's measurements.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
