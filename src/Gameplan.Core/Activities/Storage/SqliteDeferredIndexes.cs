using Microsoft.Data.Sqlite;

namespace Gameplan.Core.Activities.Storage;

/// <summary>
/// The log's secondary (non-unique) indexes during a large write: once a write has stored more
/// rows than the log held before it (and at least <see cref="From"/>), they are dropped and built
/// again from their own <c>CREATE INDEX</c> text before commit. Rows arrive in date order while
/// these indexes are ordered by person or metric, so each insert would land on a different page;
/// one sort at the end is several times cheaper, and costs at most twice the write's own rows.
/// Being DDL inside the write's transaction, a rollback restores them, and readers keep their
/// snapshot meanwhile. The unique external-id index stays: duplicates are found through it.
/// </summary>
internal sealed class SqliteDeferredIndexes(long rowsBefore)
{
    // Below this many stored rows rebuilding the indexes is not worth it.
    public const int From = 50_000;

    private List<string>? _dropped;
    private bool _decided;

    /// <summary>Drops the indexes once the write is large enough; true on the call that did.</summary>
    public bool DeferIfWorthIt(int stored, SqliteConnection connection, SqliteTransaction transaction)
    {
        if (_decided || stored < Math.Max(From, rowsBefore))
        {
            return false;
        }
        _decided = true;
        var indexes = new List<(string Name, string Create)>();
        using (var query = Command(connection, transaction, """
            SELECT "name", "sql" FROM sqlite_master
            WHERE "type" = 'index' AND "tbl_name" = 'ActivityLog' AND "sql" IS NOT NULL AND "sql" NOT LIKE 'CREATE UNIQUE %'
            """))
        using (var reader = query.ExecuteReader())
        {
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in indexes)
        {
            using var drop = Command(connection, transaction, $"DROP INDEX \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            drop.ExecuteNonQuery();
        }
        _dropped = [.. indexes.Select(index => index.Create)];
        return true;
    }

    /// <summary>Builds the dropped indexes again (before commit).</summary>
    public void Restore(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var create in _dropped ?? [])
        {
            using var command = Command(connection, transaction, create);
            command.ExecuteNonQuery();
        }
        _dropped = null;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
