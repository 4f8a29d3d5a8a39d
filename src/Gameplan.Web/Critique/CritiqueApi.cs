using System.ComponentModel.DataAnnotations;
using Gameplan.Core.Critique;
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

        api.MapPost("/classify", (ClassifyRequest request) =>
                TypedResults.Ok(request.Texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(StatementClassifier.Classify).ToList()))
            .Validated<ClassifyRequest>()
            .WithTags("Critique").WithName("Classify")
            .WithSummary("Says whether each statement reads as a goal, a strategy or a tactic, with a confidence and the cues behind it.");
    }
}

/// <summary>Statements to classify.</summary>
public sealed record ClassifyRequest
{
    [Required, MinLength(1), MaxLength(500)]
    public IReadOnlyList<string> Texts { get; init; } = [];
}
