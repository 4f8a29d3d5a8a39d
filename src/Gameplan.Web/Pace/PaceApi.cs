using Gameplan.Core.Exports;
using Gameplan.Core.Pace;
using Gameplan.Domain.Pace;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Pace;

/// <summary>Pace of a stored plan (the contract of <c>gameplan pace --format json</c>) and a team's person x day heatmap.</summary>
internal static class PaceApi
{
    /// <summary>A CSV download: UTF-8 with a byte order mark (spreadsheets then read names with accents right), named for the browser.</summary>
    internal static IResult Csv(string csv, string fileName) =>
        Results.File(System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", fileName);

    public static void MapPace(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{id:int}/pace", async (int id, DateOnly? today, PaceQueries pace, CancellationToken ct) =>
                TypedResults.Ok(await pace.GetReportAsync(id, today, ct)))
            .RequireAuthorization(Policies.PlanRead)
            .Produces<PaceReport>()
            .WithTags("Pace").WithName("GetPlanPace")
            .WithSummary("Each commitment x person (target and actual to date, projection, attainment, status), each goal's progress with its formula, the strategies and the plan rolled up. `today` (YYYY-MM-DD) defaults to today.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/plans/{id:int}/pace.csv", async (int id, DateOnly? today, CsvExports exports, CancellationToken ct) =>
                Csv(await exports.PlanPaceAsync(id, today, ct), $"pace-plan-{id}.csv"))
            .RequireAuthorization(Policies.PlanRead)
            .Produces<string>(contentType: "text/csv")
            .WithTags("Pace").WithName("GetPlanPaceCsv")
            .WithSummary("The plan's pace as CSV: each commitment x person (handle and name, target and actual to date, attainment, status, projection). Text cells that a spreadsheet would run as a formula are neutralised.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/pace/off-pace.csv", async (int? team, string? person, string? metric, int? plan, string? sort, string? dir, DateOnly? today,
                CsvExports exports, CurrentUser user, CancellationToken ct) =>
                Csv(await exports.OffPaceAsync(await user.ActorAsync(ct), OffPaceQueryString.Filter(team, person, metric, plan, sort, dir, 1, null), today, ct),
                    team is { } t ? $"off-pace-team-{t}.csv" : "off-pace.csv"))
            .Produces<string>(contentType: "text/csv")
            .WithTags("Pace").WithName("GetOffPaceCsv")
            .WithSummary("The off-pace list as CSV, as /pace shows it to you, every page: `team` (one team you may read), `person` (a handle), `metric` and `plan` (an id) narrow it; `sort` (pace, team, person, metric, plan; default pace, worst first) and `dir=desc` order it. Tactics that ended before today are left out; the reasons are in words.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/teams/{id:int}/pace", async (int id, DateOnly? today, int? days, TeamPaceQueries pace, CurrentUser user, CancellationToken ct) =>
                TypedResults.Ok(await pace.GetTeamPaceAsync(id, await user.ActorAsync(ct), today, days ?? TeamPaceQueries.DefaultHeatmapDays, ct)))
            .WithTags("Pace").WithName("GetTeamPace")
            .WithSummary($"The team's person x day attainment over its last `days` working days (default {TeamPaceQueries.DefaultHeatmapDays}, at most {TeamPaceQueries.MaxHeatmapDays}) up to `today`. Admins and executives see every team, managers the teams they lead, reps their own.")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
