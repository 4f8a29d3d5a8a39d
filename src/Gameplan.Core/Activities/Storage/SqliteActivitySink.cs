using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Gameplan.Core.Activities.Storage;

/// <summary>
/// SQLite: rows go in <see cref="RowsPerStatement"/> at a time through one prepared multi-row
/// <c>INSERT OR IGNORE</c> bound by position (<see cref="SqliteStatement"/>), so a re-sent external
/// id is skipped by the unique index, within a statement or against the table. The rows a
/// statement stored are summed in memory (<see cref="ActivityTotals"/>) and every
/// <see cref="TotalsEvery"/> stored rows each touched day and month aggregate is upserted once, in
/// key order. A write that stores more rows than the log held before drops the log's secondary
/// (non-unique) indexes and builds them again before commit (<see cref="SqliteDeferredIndexes"/>);
/// from then on its day aggregates are summed by the database in one
/// <c>INSERT ... SELECT ... GROUP BY</c> over the rows it stored (ids above <see cref="_sqlDaysAfter"/>)
/// just before that, while months, a few per person x metric, stay summed in memory.
/// </summary>
internal sealed class SqliteActivitySink : ActivitySink
{
    private const int RowsPerStatement = 64;
    private const int TotalsEvery = 200_000;

    // 128 MiB of page cache while importing (negative = KiB): the log's indexes and the aggregates
    // stay in memory instead of spilling to the WAL mid-transaction. Restored on dispose.
    private const int ImportCacheKib = 131_072;

    private const string InsertInto = "INSERT OR IGNORE INTO \"ActivityLog\" (\"OrganizationId\", \"PersonId\", \"MetricId\", \"Date\", \"Quantity\", \"ExternalId\", \"Note\") VALUES ";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly long _previousCacheSize;
    private readonly SqliteDeferredIndexes _indexes;
    private readonly SqliteStatement _insertMany;
    private readonly SqliteStatement _insertOne;
    private readonly SqliteStatement _storedSince;
    private readonly (SqliteStatement Many, SqliteStatement One) _upsertDays;
    private readonly (SqliteStatement Many, SqliteStatement One) _upsertMonths;
    private readonly NewActivity[] _pending = new NewActivity[RowsPerStatement];
    private readonly ActivityTotals _totals = new();
    private readonly SqliteStatement _sumDays;
    private int _pendingCount;
    private long _lastId;

    // Rows with a larger id are left out of the in-memory day totals: _sumDays adds them at the end.
    private long? _sqlDaysAfter;

    public SqliteActivitySink(SqliteConnection connection, SqliteTransaction transaction, int organization)
    {
        _connection = connection;
        _transaction = transaction;
        _previousCacheSize = (long)(Scalar("PRAGMA cache_size") ?? -2000L);
        Scalar($"PRAGMA cache_size = -{ImportCacheKib}");
        // AUTOINCREMENT ids only grow: the largest is an upper bound of the rows already logged.
        _lastId = (long?)Scalar("SELECT max(\"Id\") FROM \"ActivityLog\"") ?? 0;
        _indexes = new SqliteDeferredIndexes(_lastId);

        // The organisation is an int of ours, written into the SQL; six values per row are bound.
        var values = string.Create(CultureInfo.InvariantCulture, $"({organization}, ?, ?, ?, ?, ?, ?)");
        _insertMany = new SqliteStatement(connection, InsertInto + string.Join(", ", Enumerable.Repeat(values, RowsPerStatement)));
        _insertOne = new SqliteStatement(connection, InsertInto + values);
        _storedSince = new SqliteStatement(connection,
            "SELECT \"PersonId\", \"MetricId\", \"Date\", \"Quantity\" FROM \"ActivityLog\" WHERE \"Id\" > ?");
        _upsertDays = (Upsert(connection, "ActivityDays", "Date", organization, RowsPerStatement), Upsert(connection, "ActivityDays", "Date", organization, 1));
        _upsertMonths = (Upsert(connection, "ActivityMonths", "Month", organization, RowsPerStatement), Upsert(connection, "ActivityMonths", "Month", organization, 1));
        _sumDays = new SqliteStatement(connection, string.Create(CultureInfo.InvariantCulture, $$"""
            INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
            SELECT {{organization}}, "PersonId", "MetricId", "Date", sum("Quantity"), count(*)
            FROM "ActivityLog" WHERE "Id" > ?
            GROUP BY "PersonId", "MetricId", "Date"
            ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Date")
            DO UPDATE SET "Quantity" = "Quantity" + excluded."Quantity", "Entries" = "Entries" + excluded."Entries"
            """));
    }

    public override ValueTask AddAsync(NewActivity row, CancellationToken ct)
    {
        _pending[_pendingCount++] = row;
        if (_pendingCount == RowsPerStatement)
        {
            Insert(_insertMany, _pending);
            _pendingCount = 0;
            if (_totals.Rows >= TotalsEvery)
            {
                ct.ThrowIfCancellationRequested();
                WriteTotals();
            }
        }
        return ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        for (var i = 0; i < _pendingCount; i++)
        {
            Insert(_insertOne, _pending.AsSpan(i, 1));
        }
        _pendingCount = 0;
        WriteTotals();
        if (_sqlDaysAfter is { } after)
        {
            _sumDays.Bind(1, after);
            _sumDays.Run();
        }
        _indexes.Restore(_connection, _transaction);
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        foreach (var statement in new[] { _insertMany, _insertOne, _storedSince, _sumDays, _upsertDays.Many, _upsertDays.One, _upsertMonths.Many, _upsertMonths.One })
        {
            statement.Dispose();
        }
        if (_connection.State == System.Data.ConnectionState.Open)
        {
            using var restore = _connection.CreateCommand();
            restore.CommandText = $"PRAGMA cache_size = {_previousCacheSize}";
            restore.ExecuteNonQuery();
        }
        return ValueTask.CompletedTask;
    }

    private void Insert(SqliteStatement insert, ReadOnlySpan<NewActivity> rows)
    {
        var position = 1;
        foreach (var row in rows)
        {
            insert.Bind(position++, row.PersonId);
            insert.Bind(position++, row.MetricId);
            insert.Bind(position++, row.Date.DayNumber);
            insert.Bind(position++, (double)row.Quantity);
            insert.Bind(position++, row.ExternalId);
            insert.Bind(position++, row.Note);
        }
        insert.Run();
        var stored = insert.Changes;
        if (stored == 0)
        {
            return;
        }
        if (stored == rows.Length)
        {
            foreach (var row in rows)
            {
                Total(row.PersonId, row.MetricId, row.Date.DayNumber, (double)row.Quantity);
            }
        }
        else
        {
            // Some external ids were already stored: sum exactly the rows this statement added.
            _storedSince.Bind(1, _lastId);
            while (_storedSince.Next())
            {
                Total((int)_storedSince.Int64(0), (int)_storedSince.Int64(1), (int)_storedSince.Int64(2), _storedSince.Double(3));
            }
        }
        _lastId = insert.LastRowId;
        Imported += stored;
        if (_indexes.DeferIfWorthIt(Imported, _connection, _transaction))
        {
            // Every row so far is in the totals: write them, then leave later days to _sumDays.
            WriteTotals();
            _sqlDaysAfter = _lastId;
        }
    }

    private void Total(int person, int metric, int day, double quantity)
    {
        if (_sqlDaysAfter is null)
        {
            _totals.Add(person, metric, day, quantity);
        }
        else
        {
            _totals.AddToMonth(person, metric, day, quantity);
        }
    }

    private void WriteTotals()
    {
        Upsert(_upsertDays, _totals.Days());
        Upsert(_upsertMonths, _totals.Months());
        _totals.Clear();
    }

    private static void Upsert((SqliteStatement Many, SqliteStatement One) upsert, ActivityTotals.Entry[] totals)
    {
        var done = 0;
        for (; done + RowsPerStatement <= totals.Length; done += RowsPerStatement)
        {
            Bind(upsert.Many, totals.AsSpan(done, RowsPerStatement));
            upsert.Many.Run();
        }
        for (; done < totals.Length; done++)
        {
            Bind(upsert.One, totals.AsSpan(done, 1));
            upsert.One.Run();
        }
    }

    private static void Bind(SqliteStatement upsert, ReadOnlySpan<ActivityTotals.Entry> totals)
    {
        var position = 1;
        foreach (var (key, total) in totals)
        {
            upsert.Bind(position++, key.Person);
            upsert.Bind(position++, key.Metric);
            upsert.Bind(position++, key.Day);
            upsert.Bind(position++, total.Quantity);
            upsert.Bind(position++, total.Entries);
        }
    }

    private static SqliteStatement Upsert(SqliteConnection connection, string table, string dayColumn, int organization, int rows)
    {
        var values = string.Join(", ", Enumerable.Repeat(string.Create(CultureInfo.InvariantCulture, $"({organization}, ?, ?, ?, ?, ?)"), rows));
        return new SqliteStatement(connection, $"""
            INSERT INTO "{table}" ("OrganizationId", "PersonId", "MetricId", "{dayColumn}", "Quantity", "Entries")
            VALUES {values}
            ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "{dayColumn}")
            DO UPDATE SET "Quantity" = "Quantity" + excluded."Quantity", "Entries" = "Entries" + excluded."Entries"
            """);
    }

    private object? Scalar(string sql)
    {
        using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
