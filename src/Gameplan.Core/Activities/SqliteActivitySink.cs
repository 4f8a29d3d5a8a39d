using Microsoft.Data.Sqlite;

namespace Gameplan.Core.Activities;

/// <summary>
/// SQLite: one prepared <c>INSERT OR IGNORE</c> reused for every row (only its parameters are
/// rebound), so a re-sent external id is skipped by the unique index, within a batch or against
/// the table. Every <see cref="RollUpEvery"/> rows the new log rows (ids above the last roll-up;
/// AUTOINCREMENT ids only grow) are summed per person x metric x day and x month and upserted in
/// two set-based statements: far fewer aggregate writes than a per-row trigger whenever a batch
/// holds several rows of the same person and month. NOT INDEXED keeps that read a rowid range
/// (otherwise SQLite walks a whole log index to match the GROUP BY order).
/// </summary>
internal sealed class SqliteActivitySink : ActivitySink
{
    private const int RollUpEvery = 20_000;

    // 128 MiB of page cache while importing (negative = KiB): the log's indexes and the aggregates
    // stay in memory instead of spilling to the WAL mid-transaction. Restored on dispose.
    private const int ImportCacheKib = 131_072;

    // DateOnly.DayNumber 0 (0001-01-01) is Julian day 1721425.5.
    private const string MonthOfDay = "CAST(julianday(\"Date\" + 1721425.5, 'start of month') - 1721425.5 AS INTEGER)";

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly long _previousCacheSize;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _person;
    private readonly SqliteParameter _metric;
    private readonly SqliteParameter _date;
    private readonly SqliteParameter _quantity;
    private readonly SqliteParameter _externalId;
    private readonly SqliteParameter _note;
    private readonly SqliteCommand _rollUpDays;
    private readonly SqliteCommand _rollUpMonths;
    private long _rolledUpTo;
    private int _sinceRollUp;

    public SqliteActivitySink(SqliteConnection connection, SqliteTransaction transaction, int organization)
    {
        _connection = connection;
        _transaction = transaction;
        _previousCacheSize = (long)(Scalar("PRAGMA cache_size") ?? -2000L);
        Scalar($"PRAGMA cache_size = -{ImportCacheKib}");
        _rolledUpTo = (long?)Scalar("SELECT max(\"Id\") FROM \"ActivityLog\"") ?? 0;

        _insert = Command("""
            INSERT OR IGNORE INTO "ActivityLog" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "ExternalId", "Note")
            VALUES ($organization, $person, $metric, $date, $quantity, $externalId, $note)
            """);
        _insert.Parameters.AddWithValue("$organization", organization);
        _person = _insert.Parameters.Add("$person", SqliteType.Integer);
        _metric = _insert.Parameters.Add("$metric", SqliteType.Integer);
        _date = _insert.Parameters.Add("$date", SqliteType.Integer);
        _quantity = _insert.Parameters.Add("$quantity", SqliteType.Real);
        _externalId = _insert.Parameters.Add("$externalId", SqliteType.Text);
        _note = _insert.Parameters.Add("$note", SqliteType.Text);
        _insert.Prepare();

        _rollUpDays = RollUp("ActivityDays", "Date", "\"Date\"");
        _rollUpMonths = RollUp("ActivityMonths", "Month", MonthOfDay);
    }

    public override ValueTask AddAsync(NewActivity row, CancellationToken ct)
    {
        _person.Value = row.PersonId;
        _metric.Value = row.MetricId;
        _date.Value = row.Date.DayNumber;
        _quantity.Value = (double)row.Quantity;
        _externalId.Value = row.ExternalId;
        _note.Value = (object?)row.Note ?? DBNull.Value;
        var stored = _insert.ExecuteNonQuery();
        Imported += stored;
        _sinceRollUp += stored;
        return _sinceRollUp >= RollUpEvery ? new ValueTask(FlushAsync(ct)) : ValueTask.CompletedTask;
    }

    public override Task FlushAsync(CancellationToken ct)
    {
        if (_sinceRollUp == 0)
        {
            return Task.CompletedTask;
        }
        ct.ThrowIfCancellationRequested();
        _rollUpDays.Parameters["$after"].Value = _rolledUpTo;
        _rollUpDays.ExecuteNonQuery();
        _rollUpMonths.Parameters["$after"].Value = _rolledUpTo;
        _rollUpMonths.ExecuteNonQuery();
        _rolledUpTo = (long?)Scalar("SELECT max(\"Id\") FROM \"ActivityLog\"") ?? 0;
        _sinceRollUp = 0;
        return Task.CompletedTask;
    }

    public override ValueTask DisposeAsync()
    {
        _insert.Dispose();
        _rollUpDays.Dispose();
        _rollUpMonths.Dispose();
        if (_connection.State == System.Data.ConnectionState.Open)
        {
            using var restore = _connection.CreateCommand();
            restore.CommandText = $"PRAGMA cache_size = {_previousCacheSize}";
            restore.ExecuteNonQuery();
        }
        return ValueTask.CompletedTask;
    }

    private SqliteCommand RollUp(string table, string dayColumn, string dayExpression)
    {
        var command = Command($"""
            INSERT INTO "{table}" ("OrganizationId", "PersonId", "MetricId", "{dayColumn}", "Quantity", "Entries")
            SELECT "OrganizationId", "PersonId", "MetricId", {dayExpression}, sum("Quantity"), count(*)
            FROM "ActivityLog" NOT INDEXED WHERE "Id" > $after
            GROUP BY "OrganizationId", "PersonId", "MetricId", {dayExpression}
            ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "{dayColumn}")
            DO UPDATE SET "Quantity" = "Quantity" + excluded."Quantity", "Entries" = "Entries" + excluded."Entries"
            """);
        command.Parameters.Add("$after", SqliteType.Integer);
        return command;
    }

    private SqliteCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private object? Scalar(string sql)
    {
        using var command = Command(sql);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
