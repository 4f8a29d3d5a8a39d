namespace Gameplan.Domain.Notifications;

/// <summary>What an outgoing webhook can be told about (snake_case in JSON: <c>plan_submitted</c>, ...).</summary>
public enum WebhookEvent
{
    /// <summary>A plan was submitted for approval.</summary>
    PlanSubmitted,

    /// <summary>A plan was approved.</summary>
    PlanApproved,

    /// <summary>A plan was returned to its author as a draft, with the reason.</summary>
    PlanReturned,

    /// <summary>A person missed their weekly check-in.</summary>
    CheckInMissed,

    /// <summary>A review was marked held.</summary>
    ReviewHeld,
}
