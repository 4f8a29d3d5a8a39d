namespace Gameplan.Core.Tests.Support;

/// <summary>A clock that always says the same time, so saved timestamps are predictable.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
