using Gameplan.Core.Commitments;
using Gameplan.Core.Goals;
using Gameplan.Core.Plans;
using Gameplan.Core.Reviews;
using Gameplan.Core.Strategies;
using Gameplan.Core.Tactics;
using Microsoft.OpenApi;

namespace Gameplan.Web.Hosting;

/// <summary>
/// Optimistic concurrency over HTTP: an answer holding a plan or an element carries its version tag as
/// an <c>ETag</c>; a PUT or DELETE may send it back in <c>If-Match</c> and is refused with 412 when the
/// record changed meanwhile. A request without If-Match (or with <c>*</c>) is not checked, so clients
/// written before tags keep working. See docs/decisions/0022-optimistic-concurrency.md.
/// </summary>
internal static class EntityTags
{
    public const string IfMatch = "If-Match";

    /// <summary>Sends the ETag of the plan or element the endpoint answers with, and declares it in the OpenAPI document.</summary>
    public static RouteHandlerBuilder Tagged(this RouteHandlerBuilder builder) =>
        builder
            .AddEndpointFilter(async (context, next) =>
            {
                var result = await next(context);
                if (result is IValueHttpResult { Value: { } value } && TagOf(value) is { Length: > 0 } tag)
                {
                    context.HttpContext.Response.Headers.ETag = $"\"{tag}\"";
                }
                return result;
            })
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                foreach (var (status, response) in operation.Responses ?? [])
                {
                    if (status is "200" or "201" && response is OpenApiResponse open)
                    {
                        open.Headers ??= new Dictionary<string, IOpenApiHeader>();
                        open.Headers["ETag"] = new OpenApiHeader
                        {
                            Description = "The version of what was returned; send it back in If-Match to change or delete only that version.",
                            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                        };
                    }
                }
                return Task.CompletedTask;
            });

    /// <summary>Declares the 412 answer of an endpoint that honours If-Match (the header itself is a parameter of its handler).</summary>
    public static RouteHandlerBuilder Conditional(this RouteHandlerBuilder builder) =>
        builder
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
                {
                    if (parameter.In == ParameterLocation.Header && string.Equals(parameter.Name, IfMatch, StringComparison.OrdinalIgnoreCase))
                    {
                        parameter.Description = "The ETag you read. Optional: without it the change is not checked; with a stale one the answer is 412 and nothing changes.";
                    }
                }
                return Task.CompletedTask;
            });

    /// <summary>
    /// The tags an If-Match header names: null when it is absent or <c>*</c> (nothing to check). Weak
    /// tags (<c>W/"..."</c>) are left out, as If-Match compares strongly; a tag sent without its
    /// quotes is taken as it is rather than refused.
    /// </summary>
    public static IReadOnlyCollection<string>? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }
        var tags = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return tags.Contains("*")
            ? null
            : [.. tags.Where(t => !t.StartsWith("W/", StringComparison.Ordinal)).Select(t => t.Trim('"'))];
    }

    private static string? TagOf(object value) => value switch
    {
        PlanDetails plan => plan.ETag,
        GoalDetails goal => goal.ETag,
        StrategyDetails strategy => strategy.ETag,
        TacticDetails tactic => tactic.ETag,
        CommitmentDetails commitment => commitment.ETag,
        ReviewDetails review => review.ETag,
        _ => null,
    };
}
