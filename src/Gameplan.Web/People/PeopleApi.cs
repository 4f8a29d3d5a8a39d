using Gameplan.Core.People;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.People;

/// <summary>/api/v1/people: the organisation's people (handle, name, role, team, weekly capacity).</summary>
internal static class PeopleApi
{
    public static void MapPeople(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/people").WithTags("People");

        group.MapGet("/", async (PeopleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(ct)))
            .WithName("ListPeople").WithSummary("Lists the organisation's people.");

        group.MapGet("/{id:int}", async (int id, PeopleQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(id, ct)))
            .WithName("GetPerson").WithSummary("Reads one person.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<PersonDetails>> (PersonRequest request, PeopleCommands commands, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/people/{created.Id}", created);
            })
            .Validated<PersonRequest>()
            .RequireAuthorization(Policies.Admin)
            .WithName("CreatePerson").WithSummary("Adds a person.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:int}", async (int id, PersonRequest request, PeopleCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(id, request, ct)))
            .Validated<PersonRequest>()
            .RequireAuthorization(Policies.Admin)
            .WithName("UpdatePerson").WithSummary("Replaces a person's details; active=false deactivates them.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:int}", async (int id, PeopleCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(Policies.Admin)
            .WithName("DeletePerson").WithSummary("Deletes a person nobody's plan or log refers to (otherwise 409: deactivate instead).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }
}
