namespace Gameplan.Core.Tests.Support;

/// <summary>A clock a test moves forward (days of digests, retries of webhooks).</summary>
public sealed class MovableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
