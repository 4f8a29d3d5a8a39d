using Gameplan.Core.Teams;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Teams;

/// <summary>/api/v1/teams: the organisation's team tree.</summary>
internal static class TeamsApi
{
    public static void MapTeams(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/teams").WithTags("Teams");

        group.MapGet("/", async (TeamQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(ct)))
            .WithName("ListTeams").WithSummary("Lists the teams with their parent and member count.");

        group.MapGet("/{id:int}", async (int id, TeamQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .WithName("GetTeam").WithSummary("Reads one team.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<TeamDetails>> (TeamRequest request, TeamCommands commands, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/teams/{created.Id}", created);
            })
            .Validated<TeamRequest>()
            .RequireAuthorization(Policies.Admin)
            .WithName("CreateTeam").WithSummary("Adds a team, optionally under a parent team.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:int}", async (int id, TeamRequest request, TeamCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(id, request, ct)))
            .Validated<TeamRequest>()
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdateTeam").WithSummary("Renames a team or moves it under another parent.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:int}", async (int id, TeamCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("DeleteTeam").WithSummary("Deletes a team with no members, sub-teams or plans (otherwise 409).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
