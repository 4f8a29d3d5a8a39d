using Gameplan.Core.Webhooks;
using Gameplan.Domain;
using Gameplan.Domain.Notifications;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Webhooks;

/// <summary>The organisation's webhooks (admins): add one (URL, events; the secret is shown once), test, pause, delete, and each one's delivery log.</summary>
public sealed class WebhooksModel(WebhookCommands commands) : GameplanPageModel
{
    /// <summary>The events in the order the form lists them, with their words.</summary>
    public static readonly IReadOnlyList<(WebhookEvent Event, string Label)> Events =
    [
        (WebhookEvent.PlanSubmitted, "A plan is submitted"),
        (WebhookEvent.PlanApproved, "A plan is approved"),
        (WebhookEvent.PlanReturned, "A plan is returned to draft"),
        (WebhookEvent.CheckInMissed, "A check-in is missed"),
        (WebhookEvent.ReviewHeld, "A review is held"),
    ];

    public IReadOnlyList<WebhookSummary> Hooks { get; private set; } = [];

    public Dictionary<int, IReadOnlyList<WebhookDeliverySummary>> Deliveries { get; } = [];

    /// <summary>The webhook just added, with its secret (this response only).</summary>
    public CreatedWebhook? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? url, List<WebhookEvent>? events, string? secret, CancellationToken ct)
    {
        try
        {
            Created = await commands.CreateAsync(new WebhookRequest { Url = url, Events = events ?? [], Secret = string.IsNullOrWhiteSpace(secret) ? null : secret }, ct);
        }
        catch (DomainRuleException rule)
        {
            ModelState.AddModelError(rule.Field ?? "url", rule.Message);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostTestAsync(int id, CancellationToken ct)
    {
        await commands.TestAsync(id, ct);
        return Done($"/organization/webhooks#webhook-{id}", "Test delivery queued; it is sent within a minute and shows in the log.");
    }

    public async Task<IActionResult> OnPostActiveAsync(int id, bool active, CancellationToken ct)
    {
        var hook = await commands.GetAsync(id, ct);
        await commands.UpdateAsync(id, new WebhookRequest { Url = hook.Url, Events = hook.Events, Active = active }, ct);
        return Done($"/organization/webhooks#webhook-{id}", active ? "Webhook active again." : "Webhook paused: no new deliveries until it is active.");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        await commands.DeleteAsync(id, ct);
        return Done("/organization/webhooks", "Webhook deleted.");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Hooks = await commands.ListAsync(ct);
        foreach (var hook in Hooks)
        {
            Deliveries[hook.Id] = await commands.DeliveriesAsync(hook.Id, ct);
        }
    }
}
