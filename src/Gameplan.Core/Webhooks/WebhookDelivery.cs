using Gameplan.Domain.Notifications;

namespace Gameplan.Core.Webhooks;

/// <summary>One event to deliver to one webhook, and how its attempts went (the delivery log).</summary>
public sealed class WebhookDelivery
{
    public const int MaxErrorLength = 500;

    private WebhookDelivery() { }

    public WebhookDelivery(int organizationId, int webhookId, WebhookEvent @event, string payload, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        WebhookId = webhookId;
        Event = @event;
        Payload = payload;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int WebhookId { get; private set; }

    public WebhookEvent Event { get; private set; }

    /// <summary>The JSON body sent, exactly (the signature is over these bytes in UTF-8).</summary>
    public string Payload { get; private set; } = "";

    public WebhookDeliveryStatus Status { get; private set; }

    /// <summary>The last attempt's HTTP status; null when none answered.</summary>
    public int? StatusCode { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>When the next attempt is due; null once delivered or given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public void Succeeded(int statusCode, DateTimeOffset at)
    {
        (Attempts, StatusCode, Status, NextAttemptAt, DeliveredAt, LastError) = (Attempts + 1, statusCode, WebhookDeliveryStatus.Delivered, null, at, null);
    }

    /// <summary>Records a failed attempt; the next waits longer (<see cref="WebhookRetries"/>), the fifth gives up.</summary>
    public void Failed(int? statusCode, string error, DateTimeOffset at)
    {
        Attempts++;
        StatusCode = statusCode;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        NextAttemptAt = WebhookRetries.NextAttempt(Attempts, at);
        Status = NextAttemptAt is null ? WebhookDeliveryStatus.Failed : WebhookDeliveryStatus.Pending;
    }
}
