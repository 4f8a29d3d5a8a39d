using Microsoft.Data.Sqlite;
using Npgsql;

namespace Gameplan.Core.Data;

/// <summary>
/// Recognises a write that gave up waiting for another one: SQLite's "database is locked" once its
/// busy timeout ran out, PostgreSQL's lock timeout, deadlock or serialization failure. Nothing was
/// saved and trying again shortly is the right answer, so hosts report it as "busy" (HTTP 503 with
/// Retry-After), never as a failure of the app.
/// </summary>
public static class DatabaseBusy
{
    /// <summary>Seconds a client should wait before trying again: about one busy timeout.</summary>
    public const int RetryAfterSeconds = 5;

    public const string Message = "The database is busy saving another change (a large import, for example). Nothing was saved; try again in a few seconds.";

    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // SQLITE_BUSY (5) and SQLITE_LOCKED (6), with or without extended codes.
                case SqliteException sqlite when (sqlite.SqliteErrorCode & 0xFF) is 5 or 6:
                    return true;
                case PostgresException postgres when postgres.SqlState is PostgresErrorCodes.LockNotAvailable
                    or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure:
                    return true;
            }
        }
        return false;
    }
}
