using Gameplan.Core.Pace;
using Gameplan.Domain.Pace;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Pace;

/// <summary>Pace of a stored plan (the contract of <c>gameplan pace --format json</c>) and a team's person x day heatmap.</summary>
internal static class PaceApi
{
    public static void MapPace(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}/pace", async (int id, DateOnly? today, PaceQueries pace, CancellationToken ct) =>
                TypedResults.Ok(await pace.GetReportAsync(id, today, ct)))
            .RequireAuthorization(Policies.PlanRead)
            .Produces<PaceReport>()
            .WithTags("Pace").WithName("GetPlanPace")
            .WithSummary("Each commitment x person (target and actual to date, projection, attainment, status), each goal's progress with its formula, the strategies and the plan rolled up. `today` (YYYY-MM-DD) defaults to today.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/teams/{id:int}/pace", async (int id, DateOnly? today, int? days, TeamPaceQueries pace, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await pace.GetTeamPaceAsync(id, await user.ActorAsync(ct), today, days ?? TeamPaceQueries.DefaultHeatmapDays, ct)))
            .WithTags("Pace").WithName("GetTeamPace")
            .WithSummary($"The team's person x day attainment over its last `days` working days (default {TeamPaceQueries.DefaultHeatmapDays}, at most {TeamPaceQueries.MaxHeatmapDays}) up to `today`. Admins and executives see every team, managers the teams they lead, reps their own.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
