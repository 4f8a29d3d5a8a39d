using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Gameplan.Core.Activities.Storage;

/// <summary>
/// A statement prepared on the connection's own handle and bound by position. The import's hot
/// path goes around Microsoft.Data.Sqlite here: its parameters are bound by name (a linear search
/// of the statement's names per value, and a UTF-8 copy of the name each time), which costs more
/// than SQLite's work on a multi-row INSERT. Runs inside whatever transaction the connection has.
/// </summary>
internal sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _text = new byte[256];

    public SqliteStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Rows the last <see cref="Run"/> inserted, updated or deleted.</summary>
    public int Changes => raw.sqlite3_changes(_db);

    /// <summary>The rowid of the connection's last successful insert.</summary>
    public long LastRowId => raw.sqlite3_last_insert_rowid(_db);

    // Positions start at 1, as in SQLite.
    public void Bind(int position, long value) => Check(raw.sqlite3_bind_int64(_statement, position, value));

    public void Bind(int position, double value) => Check(raw.sqlite3_bind_double(_statement, position, value));

    public void Bind(int position, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(_statement, position));
            return;
        }
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (length > _text.Length)
        {
            _text = new byte[length];
        }
        var written = Encoding.UTF8.GetBytes(value, _text);
        // Bound as SQLITE_TRANSIENT: SQLite copies the bytes, so the buffer is reused at once.
        Check(raw.sqlite3_bind_text(_statement, position, _text.AsSpan(0, written)));
    }

    /// <summary>Runs a statement that returns no rows, then makes it ready to bind again.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>Steps to the next row of a query; false at its end (and the statement is reset).</summary>
    public bool Next()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
        return false;
    }

    // Columns start at 0, as in SQLite.
    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public double Double(int column) => raw.sqlite3_column_double(_statement, column);

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }
}
