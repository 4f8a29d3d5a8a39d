namespace Gameplan.Core.Data;

/// <summary>Which database server holds the data.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
