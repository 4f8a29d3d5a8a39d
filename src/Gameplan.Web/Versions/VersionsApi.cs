using Gameplan.Core.Versions;
using Gameplan.Web.Hosting.Security;
using Microsoft.OpenApi;

namespace Gameplan.Web.Versions;

/// <summary>
/// /api/v1/plans/{id}/versions: the plan as it was submitted and approved, each version's plan file, and what changed
/// between two versions or since one (<c>current</c>: the plan now), in the JSON of <c>gameplan diff --format json</c>.
/// Whoever reads the plan reads its versions.
/// </summary>
internal static class VersionsApi
{
    public static void MapVersions(this RouteGroupBuilder api)
    {
        var versions = api.MapGroup("/plans/{id:int}/versions").WithTags("Versions").RequireAuthorization(Policies.PlanRead);

        versions.MapGet("/", async (int id, VersionQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.ListAsync(id, ct)))
            .WithName("ListPlanVersions")
            .WithSummary("The plan's versions, oldest first: number, kind (submitted or approved), by, at and reason. Every submit and approval stores one.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        versions.MapGet("/{n:int}", async (int id, int n, HttpRequest request, VersionQueries queries, CancellationToken ct) =>
            {
                var version = await queries.GetAsync(id, n, ct);
                // The plan file by default, ready for `gameplan lint` or `gameplan diff`; asked for JSON, the metadata with the file.
                return request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
                    ? Results.Ok(version)
                    : Results.Text(version.File, "text/yaml; charset=utf-8");
            })
            .WithName("GetPlanVersion")
            .WithSummary("One version: its plan file (YAML, text/yaml), or with Accept: application/json its number, kind, by, at, reason and file.")
            .Produces<PlanVersionDetails>(StatusCodes.Status200OK, "application/json")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // One status, two bodies: the plan file (the default) beside the JSON that Produces declared.
                if (operation.Responses?.GetValueOrDefault("200") is OpenApiResponse ok)
                {
                    ok.Content ??= new Dictionary<string, OpenApiMediaType>();
                    ok.Content["text/yaml"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
                }
                return Task.CompletedTask;
            })
            .ProducesProblem(StatusCodes.Status404NotFound);

        versions.MapGet("/{a:int}/diff/{b:regex(^(current|\\d+)$)}", async (int id, int a, string b, VersionQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.DiffAsync(id, a, b == "current" ? null : Number(b), ct)))
            .WithName("DiffPlanVersions")
            .WithSummary("What changed from version a to version b (or to the plan now: current), element by element, matched by id, as `gameplan diff --format json` says it: {changes: [{path, change, fields: [{field, old, new}]}], summary}.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    // Digits past int's range name no version (0 is none either): 404, never an overflow.
    private static int Number(string digits) =>
        int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : 0;
}
