using Gameplan.Core.Plans;
using Gameplan.Core.Templates;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Templates;

/// <summary>/api/v1/templates: the built-in and organisation templates, and plans made from them as the caller.</summary>
internal static class TemplatesApi
{
    public static void MapTemplates(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/templates").WithTags("Templates");

        group.MapGet("/", async (TemplateQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(ct)))
            .WithName("ListTemplates")
            .WithSummary("The plan templates: the built-in ones, then the organisation's own (`source`: built_in or organization), each with the plan scope it makes and the roles it fits.");

        group.MapGet("/{name}", async (string name, TemplateQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.GetAsync(name, ct)))
            .WithName("GetTemplate").WithSummary("One template with its text: a plan file with placeholders and guidance comments.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{name}/plans", async Task<Created<PlanDetails>> (string name, InstantiateRequest request, TemplateCommands commands, CurrentUser user, CancellationToken ct) =>
            {
                var created = await commands.InstantiateAsync(name, request, await user.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/plans/{created.Id}", created);
            })
            .Validated<InstantiateRequest>()
            .WithName("CreatePlanFromTemplate")
            .WithSummary("Makes a draft plan from the template, filled for `person` (default: you), `team` (default: the person's), `period` (default: the open planning cycle's) and `parent` (the plan and strategy it carries out), as any plan you create: only a plan you may edit, under a parent you may read, naming people and teams that exist.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<TemplateDetails>> (TemplateRequest request, TemplateCommands commands, CurrentUser user, CancellationToken ct) =>
            {
                var created = await commands.AddAsync(request, await user.ActorAsync(ct), ct);
                return TypedResults.Created($"/api/v1/templates/{created.Name}", created);
            })
            // Who may add is answered before the body is judged: a rep learns nothing from validation.
            .AddEndpointFilter(async (context, next) =>
            {
                TemplateCommands.EnsureMayAdd(await context.HttpContext.RequestServices.GetRequiredService<CurrentUser>().ActorAsync(context.HttpContext.RequestAborted));
                return await next(context);
            })
            .Validated<TemplateRequest>()
            .WithName("CreateTemplate")
            .WithSummary("Adds an organisation template (admins and executives): a slug `name` no built-in template has, and `text`, a plan file with placeholders that must read as one once filled (errors name the line and column).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapDelete("/{name}", async (string name, TemplateCommands commands, CurrentUser user, CancellationToken ct) =>
            {
                await commands.DeleteAsync(name, await user.ActorAsync(ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteTemplate").WithSummary("Removes an organisation template (admins); built-in ones stay. Plans made from it stay.")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
