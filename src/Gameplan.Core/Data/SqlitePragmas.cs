using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gameplan.Core.Data;

/// <summary>
/// Sets every SQLite connection up for durability and concurrency: WAL lets readers work while a
/// writer commits; synchronous=FULL makes a committed write survive power loss; a busy timeout
/// waits for a lock instead of failing at once.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout=5000; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;";

    // A read-only connection (EF Core opens one to ask whether the database exists) cannot switch the
    // journal to WAL: on a file another instance has just created and not yet switched, it would fail
    // with "attempt to write a readonly database". It needs only the busy timeout.
    private const string ReadOnlyPragmas = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Switches foreign-key enforcement on the connection (only effective outside a transaction).
    /// Every connection opened through the context starts with it on.
    /// </summary>
    public static void SetForeignKeys(DbConnection connection, bool on)
    {
        using var command = connection.CreateCommand();
        command.CommandText = on ? "PRAGMA foreign_keys=ON" : "PRAGMA foreign_keys=OFF";
        command.ExecuteNonQuery();
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = IsReadOnly(connection) ? ReadOnlyPragmas : Pragmas;
        command.ExecuteNonQuery();
    }

    private static bool IsReadOnly(DbConnection connection) =>
        connection.ConnectionString.Contains("readonly", StringComparison.OrdinalIgnoreCase)
        && new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly;
}
