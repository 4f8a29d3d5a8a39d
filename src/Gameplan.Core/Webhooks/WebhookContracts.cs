using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.Notifications;

namespace Gameplan.Core.Webhooks;

/// <summary>Registers or changes a webhook. <see cref="Secret"/>: given, it signs the bodies; absent on creation, one is made (and shown once).</summary>
public sealed record WebhookRequest
{
    [Required]
    [StringLength(Webhook.MaxUrlLength)]
    public string? Url { get; init; }

    [Required]
    public IReadOnlyList<WebhookEvent>? Events { get; init; }

    public bool Active { get; init; } = true;

    [StringLength(200, MinimumLength = 16)]
    public string? Secret { get; init; }
}

/// <summary>A webhook as listed (never its secret).</summary>
public sealed record WebhookSummary(int Id, string Url, IReadOnlyList<WebhookEvent> Events, bool Active, DateTimeOffset CreatedAt, WebhookDeliverySummary? LastDelivery);

/// <summary>A webhook just registered, with its signing secret (in this response only).</summary>
public sealed record CreatedWebhook(int Id, string Url, IReadOnlyList<WebhookEvent> Events, bool Active, string Secret);

/// <summary>One line of the delivery log.</summary>
public sealed record WebhookDeliverySummary(
    long Id, WebhookEvent Event, WebhookDeliveryStatus Status, int? StatusCode, int Attempts,
    DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt);

/// <summary>What a delivery run did.</summary>
public sealed record WebhookRunResult(int Attempted, int Delivered, int Failed);
