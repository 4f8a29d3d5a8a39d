namespace Gameplan.Core.Tests.Support;

/// <summary>A storage test: runs on the provider under test, skipped with the reason only outside CI when its server is missing.</summary>
public sealed class DbFactAttribute : FactAttribute
{
    public DbFactAttribute()
    {
        if (TestProvider.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
