using Gameplan.Domain;
using Gameplan.Domain.Notifications;

namespace Gameplan.Core.Webhooks;

/// <summary>The events' names as webhooks and JSON spell them (snake_case).</summary>
public static class WebhookEvents
{
    public static string Name(WebhookEvent e) => e switch
    {
        WebhookEvent.PlanSubmitted => "plan_submitted",
        WebhookEvent.PlanApproved => "plan_approved",
        WebhookEvent.PlanReturned => "plan_returned",
        WebhookEvent.CheckInMissed => "check_in_missed",
        WebhookEvent.ReviewHeld => "review_held",
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    /// <summary>The event named <paramref name="name"/>, or a refusal naming the field.</summary>
    public static WebhookEvent FromName(string name, string field = "events") =>
        Enum.GetValues<WebhookEvent>().FirstOrDefault(e => Name(e) == name.Trim(), (WebhookEvent)(-1)) is var found && Enum.IsDefined(found)
            ? found
            : throw new DomainRuleException($"'{name}' is not an event; choose from " + string.Join(", ", Enum.GetValues<WebhookEvent>().Select(Name)) + ".", field);

    public static IReadOnlyList<WebhookEvent> Parse(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(n => FromName(n))];
}
