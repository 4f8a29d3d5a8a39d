using Gameplan.Core.Activities;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Activities;

/// <summary>
/// /api/v1/activities: log what people did (one activity or a batch; an Idempotency-Key or each
/// row's external_id makes a retry count once) and read daily sums, which come from the
/// aggregates. Who may log or read whose activity: docs/access.md.
/// </summary>
internal static class ActivitiesApi
{
    public static void MapActivities(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/activities").WithTags("Activities");

        api.MapGet("/activities.csv", async (string? person, string? metric, DateOnly? from, DateOnly? to, Core.Exports.CsvExports exports, CurrentUser me, CancellationToken ct) =>
                Pace.PaceApi.Csv(await exports.ActivitiesAsync(new ActivityDaysQuery(person, metric, from, to), await me.ActorAsync(ct), ct), "activities.csv"))
            .WithTags("Activities").WithName("ListActivityDaysCsv")
            .Produces<string>(contentType: "text/csv")
            .WithSummary("The daily sums of GET /api/v1/activities as CSV (date, person, name, metric, quantity, entries), with the same filters and access.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPost("/", async (
                    LogActivitiesRequest request,
                    [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                    ActivityCommands commands,
                    CurrentUser me,
                    CancellationToken ct) =>
                TypedResults.Ok(await commands.LogAsync(request, idempotencyKey, await me.ActorAsync(ct), ct)))
            .Validated<LogActivitiesRequest>()
            .WithName("LogActivities")
            .WithSummary("Logs one activity {date, person, metric, quantity, external_id?, note?} or a batch {\"activities\": [...]}, all or nothing.")
            .WithDescription("Rows without external_id get one derived from the Idempotency-Key header and their position, so a retried request counts once. "
                + "Answers how many rows were stored and how many were duplicates. A bad row is a 400 naming it, e.g. activities[3].metric.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/", async (string? person, string? metric, DateOnly? from, DateOnly? to, ActivityDaysQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.ListDaysAsync(new ActivityDaysQuery(person, metric, from, to), await me.ActorAsync(ct), ct)))
            .WithName("ListActivityDays")
            .WithSummary("Daily sums per person and metric from..to (inclusive; default the 28 days up to today, at most 366 days).")
            .WithDescription("Without person: everyone whose activity you may read. Reads the day aggregates, never the raw log.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
