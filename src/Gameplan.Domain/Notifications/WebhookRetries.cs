namespace Gameplan.Domain.Notifications;

/// <summary>When a failed webhook delivery is tried again: after 1 minute, 5, 30, then 2 hours; after the fifth failed attempt it is given up.</summary>
public static class WebhookRetries
{
    /// <summary>The most attempts of one delivery.</summary>
    public const int MaxAttempts = 5;

    private static readonly TimeSpan[] Waits = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    /// <summary>When to try again after <paramref name="attempts"/> failed attempts at <paramref name="failedAt"/>; null: give up.</summary>
    public static DateTimeOffset? NextAttempt(int attempts, DateTimeOffset failedAt) =>
        attempts is >= 1 and < MaxAttempts ? failedAt + Waits[attempts - 1] : null;
}
