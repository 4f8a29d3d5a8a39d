using System.ComponentModel.DataAnnotations;
using Gameplan.Core.Critique;
using Gameplan.Core.Organizations;
using Gameplan.Core.PlanFiles;
using Gameplan.Domain.Classification;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;

namespace Gameplan.Web.Critique;

/// <summary>The plan critique (findings and risk radar) of a stored plan, and the statement classifier.</summary>
internal static class CritiqueApi
{
    public static void MapCritique(this RouteGroupBuilder api)
    {
        api.MapGet("/plans/{planId:int}/critique", async (int planId, DateOnly? today, CritiqueQueries critique, CancellationToken ct) =>
                TypedResults.Ok(await critique.ForPlanAsync(planId, today, ct)))
            .RequireAuthorization(Policies.PlanRead)
            .WithTags("Critique").WithName("GetPlanCritique")
            .WithSummary("What will make this plan fail: findings with rule ids, and the risk radar. `today` (YYYY-MM-DD) defaults to today.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/critique", async (HttpRequest request, DateOnly? today, OrganizationClock clock, CancellationToken ct) =>
            {
                // A plan as YAML or as JSON (JSON is YAML too), spelled as plan files are.
                using var reader = new StreamReader(request.Body);
                var text = await reader.ReadToEndAsync(ct);
                var result = PlanLint.Lint(text, today ?? await clock.TodayAsync(ct));
                return result.Report is { } report
                    ? Results.Ok(report)
                    : Results.ValidationProblem(
                        result.Problems.GroupBy(p => p.Path.Length == 0 ? "body" : p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.ToString()).ToArray()),
                        title: "The plan could not be read.");
            })
            .Accepts<string>("application/yaml", "application/json", "text/yaml", "text/plain")
            .Produces<Domain.Critique.CritiqueReport>().ProducesValidationProblem()
            .WithTags("Critique").WithName("CritiquePlanFile")
            .WithSummary("Critiques a plan sent as a plan file (YAML, or the same structure as JSON): findings, risk radar, summary; nothing is stored.");

        api.MapGet("/plans/{planId:int}/file", async (int planId, PlanFileExporter exporter, CancellationToken ct) =>
                Results.Text(PlanFileWriter.Write(await exporter.ExportAsync(planId, ct)), "application/yaml; charset=utf-8"))
            .RequireAuthorization(Policies.PlanRead)
            .Produces<string>(contentType: "application/yaml")
            .WithTags("Plans").WithName("GetPlanFile").WithSummary("The plan as a plan file (YAML), ready for version control and `gameplan lint`.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/plans/{planId:int}/plan.md", async (int planId, PlanOnePagerQueries onePager, CancellationToken ct) =>
                Results.Text((await onePager.GetAsync(planId, ct)).Markdown, "text/markdown; charset=utf-8"))
            .RequireAuthorization(Policies.PlanRead)
            .Produces<string>(contentType: "text/markdown")
            .WithTags("Plans").WithName("GetPlanOnePager")
            .WithSummary("The plan as a Markdown one-pager (goals with progress and pace today, strategies, tactics and commitments, risks, next reviews), people by name.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/plans/import", async (HttpRequest request, PlanFileImporter importer, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var read = PlanFileReader.Read(await reader.ReadToEndAsync(ct));
                if (read.HasErrors || read.Plan is null)
                {
                    return Results.ValidationProblem(
                        read.Errors.GroupBy(p => p.Path.Length == 0 ? "body" : p.Path).ToDictionary(g => g.Key, g => g.Select(p => p.ToString()).ToArray()),
                        title: "The plan file could not be read.");
                }
                var imported = await importer.ImportAsync(read.Plan, ct);
                return Results.Created($"/api/v1/plans/{imported.PlanId}", new ImportedPlanFile(imported.PlanId, imported.Notes, read.Warnings.Select(w => w.ToString()).ToList()));
            })
            .Accepts<string>("application/yaml", "application/json", "text/yaml", "text/plain")
            .RequireAuthorization(Policies.Admin)
            .WithTags("Plans").WithName("ImportPlanFile")
            .WithSummary("Imports a plan file (admins: it may add people and teams); unknown keys come back as warnings.")
            .Produces<ImportedPlanFile>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        api.MapPost("/classify", (ClassifyRequest request) =>
                TypedResults.Ok(request.Texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(StatementClassifier.Classify).ToList()))
            .Validated<ClassifyRequest>()
            .WithTags("Critique").WithName("Classify")
            .WithSummary("Says whether each statement reads as a goal, a strategy or a tactic, with a confidence and the cues behind it.");
    }
}

/// <summary>A plan file imported: the new plan's id, what the import did besides (people or teams added) and the file's warnings (unknown keys).</summary>
public sealed record ImportedPlanFile(int Id, IReadOnlyList<string> Notes, IReadOnlyList<string> Warnings);

/// <summary>Statements to classify.</summary>
public sealed record ClassifyRequest
{
    [Required, MinLength(1), MaxLength(500)]
    public IReadOnlyList<string> Texts { get; init; } = [];
}
