using Gameplan.Core.CheckIns;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.CheckIns;

/// <summary>
/// Weekly check-ins: my check-in of a week (its form, pre-filled, and saving it; only the person writes theirs),
/// my check-ins, a person's check-ins (they, their managers, executives and admins), and a team's report
/// (who has not checked in and since when, share of weeks, twelve-week trend).
/// </summary>
internal static class CheckInsApi
{
    public static void MapCheckIns(this RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/me").WithTags("Check-ins");
        mine.MapGet("/check-in", async (DateOnly? week, CheckInQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.FormAsync(await me.ActorAsync(ct), week, ct)))
            .WithName("GetMyCheckIn")
            .WithSummary("My check-in of a week (`week`: any day of it, YYYY-MM-DD; default this week): per active plan my commitments with the week's logged activity, this week's check-in if written, and the previous one.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        mine.MapPut("/check-in", async (DateOnly? week, SaveCheckInRequest request, CheckInCommands commands, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await commands.SaveAsync(await me.ActorAsync(ct), week, request, ct)))
            .Validated<SaveCheckInRequest>()
            .RequireAuthorization(Policies.Write)
            .WithName("SaveMyCheckIn")
            .WithSummary("Writes (or replaces) my check-in of a week on one active plan of mine: a line per commitment of mine ({commitment_id, actual, confidence: on_track|at_risk|off_track, why}), wins, blockers, next_focus. A line not on track needs `why`.");
        mine.MapGet("/check-ins", async (CheckInQueries queries, CurrentUser me, CancellationToken ct) =>
            {
                var actor = await me.ActorAsync(ct);
                return TypedResults.Ok(await queries.HistoryAsync(CheckInQueries.Me(actor), actor, ct));
            })
            .WithName("GetMyCheckIns").WithSummary("My check-ins, newest first, and how I keep the habit.");

        api.MapGet("/people/{id:int}/check-ins", async (int id, CheckInQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.HistoryAsync(id, await me.ActorAsync(ct), ct)))
            .WithTags("Check-ins").WithName("GetPersonCheckIns")
            .WithSummary("A person's check-ins, newest first, with their standing: read by the person, their team's managers, executives and admins.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/teams/{id:int}/check-ins", async (int id, CheckInQueries queries, CurrentUser me, CancellationToken ct) =>
                TypedResults.Ok(await queries.TeamAsync(id, await me.ActorAsync(ct), ct)))
            .WithTags("Check-ins").WithName("GetTeamCheckIns")
            .WithSummary("A team's check-in report: each member on an active plan with share of weeks, misses in a row, last check-in, this week's, a twelve-week trend; `missing` lists who has not checked in this week.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
