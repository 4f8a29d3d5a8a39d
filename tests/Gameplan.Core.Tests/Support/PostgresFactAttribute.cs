namespace Gameplan.Core.Tests.Support;

/// <summary>A test of PostgreSQL-only behaviour: runs in the PostgreSQL pass, reported as skipped in the SQLite pass.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestProvider.IsPostgres)
        {
            Skip = "PostgreSQL-only behaviour; this pass runs on SQLite.";
        }
        else if (TestProvider.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
