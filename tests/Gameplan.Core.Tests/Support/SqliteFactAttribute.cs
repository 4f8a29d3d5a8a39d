namespace Gameplan.Core.Tests.Support;

/// <summary>A test of SQLite-only behaviour: runs in the SQLite pass, reported as skipped in the PostgreSQL pass.</summary>
public sealed class SqliteFactAttribute : FactAttribute
{
    public SqliteFactAttribute()
    {
        if (TestProvider.IsPostgres)
        {
            Skip = "SQLite-only behaviour; this pass runs on PostgreSQL.";
        }
    }
}
