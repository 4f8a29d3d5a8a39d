using Gameplan.Core.Webhooks;
using Gameplan.Web.Hosting;
using Gameplan.Web.Hosting.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gameplan.Web.Webhooks;

/// <summary>/api/v1/webhooks: the organisation's outgoing webhooks and their delivery log (admins only).</summary>
internal static class WebhooksApi
{
    public static void MapWebhooks(this RouteGroupBuilder api)
    {
        var hooks = api.MapGroup("/webhooks").WithTags("Webhooks").RequireAuthorization(Policies.Admin);
        hooks.MapGet("/", async (WebhookCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.ListAsync(ct)))
            .WithName("ListWebhooks").WithSummary("The organisation's webhooks, each with its last delivery (never the secrets).");
        hooks.MapPost("/", async Task<Created<CreatedWebhook>> (WebhookRequest request, WebhookCommands commands, CancellationToken ct) =>
            {
                var created = await commands.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/webhooks/{created.Id}", created);
            })
            .Validated<WebhookRequest>()
            .WithName("CreateWebhook")
            .WithSummary("Registers a URL for events (plan_submitted, plan_approved, plan_returned, check_in_missed, review_held). The signing secret (given, or made) is in this response only.")
            .ProducesValidationProblem();
        hooks.MapGet("/{id:int}", async (int id, WebhookCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.GetAsync(id, ct)))
            .WithName("GetWebhook").WithSummary("One webhook.").ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapPut("/{id:int}", async (int id, WebhookRequest request, WebhookCommands commands, CancellationToken ct) =>
                TypedResults.Ok(await commands.UpdateAsync(id, request, ct)))
            .Validated<WebhookRequest>()
            .WithName("UpdateWebhook").WithSummary("Changes a webhook's URL, events and whether it is active (its secret stays).")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapDelete("/{id:int}", async (int id, WebhookCommands commands, CancellationToken ct) =>
            {
                await commands.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteWebhook").WithSummary("Deletes a webhook and its delivery log.").ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapGet("/{id:int}/deliveries", async (int id, WebhookCommands commands, CancellationToken ct) => TypedResults.Ok(await commands.DeliveriesAsync(id, ct)))
            .WithName("ListWebhookDeliveries").WithSummary("The webhook's newest 50 deliveries: event, status, HTTP status code, attempts, next attempt, last error.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapPost("/{id:int}/test", async (int id, WebhookCommands commands, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", await commands.TestAsync(id, ct)))
            .WithName("TestWebhook").WithSummary("Queues a test delivery (data: {\"test\": true}); the worker sends it within a minute.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
