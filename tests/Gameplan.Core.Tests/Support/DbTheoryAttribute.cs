namespace Gameplan.Core.Tests.Support;

/// <summary>A table-driven storage test; skipped like <see cref="DbFactAttribute"/>.</summary>
public sealed class DbTheoryAttribute : TheoryAttribute
{
    public DbTheoryAttribute()
    {
        if (TestProvider.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
