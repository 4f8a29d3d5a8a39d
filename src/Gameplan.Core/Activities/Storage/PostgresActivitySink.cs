using Npgsql;
using NpgsqlTypes;

namespace Gameplan.Core.Activities.Storage;

/// <summary>
/// PostgreSQL: rows stream through binary COPY into a temporary staging table (no WAL, no
/// indexes); every <see cref="RowsPerMerge"/> rows (or fewer, for tests) one statement moves them into the log with
/// <c>ON CONFLICT DO NOTHING</c> (first row wins for an external id repeated in the batch) and,
/// from exactly the rows it stored (<c>RETURNING</c>), upserts the day and month sums. A large
/// write adds the log's foreign keys and secondary indexes back only at the end
/// (<see cref="PostgresDeferredConstraints"/>).
/// </summary>
internal sealed class PostgresActivitySink : ActivitySink
{
    // Rows per merge. A file arrives in date order, so one merge's day keys are spread over the
    // whole ActivityDays index: at 50,000 rows each merge touched about one key per index page,
    // and at 12.5M rows the import took 396 s; at 1,000,000 each page is visited once per merge
    // (194 s, bench/README.md). The staging table of a merge is about 80 MB of temporary space.
    public const int RowsPerMerge = 1_000_000;

    private const string Merge = """
        WITH stored AS (
            INSERT INTO "ActivityLog" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "ExternalId", "Note")
            SELECT DISTINCT ON (external_id) @organization, person_id, metric_id, day, quantity, external_id, note
            FROM activity_staging ORDER BY external_id, seq
            ON CONFLICT ("OrganizationId", "ExternalId") WHERE "ExternalId" IS NOT NULL DO NOTHING
            RETURNING "PersonId", "MetricId", "Date", "Quantity"),
        days AS (
            INSERT INTO "ActivityDays" ("OrganizationId", "PersonId", "MetricId", "Date", "Quantity", "Entries")
            SELECT @organization, "PersonId", "MetricId", "Date", sum("Quantity"), count(*) FROM stored
            GROUP BY "PersonId", "MetricId", "Date" ORDER BY "PersonId", "MetricId", "Date"
            ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Date")
            DO UPDATE SET "Quantity" = "ActivityDays"."Quantity" + excluded."Quantity", "Entries" = "ActivityDays"."Entries" + excluded."Entries"),
        months AS (
            INSERT INTO "ActivityMonths" ("OrganizationId", "PersonId", "MetricId", "Month", "Quantity", "Entries")
            SELECT @organization, "PersonId", "MetricId", date_trunc('month', "Date")::date, sum("Quantity"), count(*) FROM stored
            GROUP BY "PersonId", "MetricId", date_trunc('month', "Date")::date ORDER BY 2, 3, 4
            ON CONFLICT ("OrganizationId", "PersonId", "MetricId", "Month")
            DO UPDATE SET "Quantity" = "ActivityMonths"."Quantity" + excluded."Quantity", "Entries" = "ActivityMonths"."Entries" + excluded."Entries")
        SELECT count(*)::int FROM stored
        """;

    private readonly NpgsqlConnection _connection;
    private readonly int _organization;
    private readonly PostgresDeferredConstraints _deferred;
    private readonly int _rowsPerMerge;
    private NpgsqlBinaryImporter? _copy;
    private int _staged;
    private bool _prepared;

    private PostgresActivitySink(NpgsqlConnection connection, int organization, int rowsPerMerge)
    {
        _rowsPerMerge = rowsPerMerge;
        _connection = connection;
        _organization = organization;
        _deferred = new PostgresDeferredConstraints(connection);
    }

    public static async Task<PostgresActivitySink> OpenAsync(NpgsqlConnection connection, int organization, int rowsPerMerge, CancellationToken ct)
    {
        // Created inside the writer's transaction: a rollback removes it, a commit drops it.
        await using var create = new NpgsqlCommand("""
            CREATE TEMP TABLE IF NOT EXISTS activity_staging (
                seq integer NOT NULL, person_id integer NOT NULL, metric_id integer NOT NULL, day date NOT NULL,
                quantity double precision NOT NULL, external_id varchar(100) NOT NULL, note varchar(500)) ON COMMIT DROP;
            TRUNCATE activity_staging
            """, connection);
        await create.ExecuteNonQueryAsync(ct);
        return new PostgresActivitySink(connection, organization, rowsPerMerge);
    }

    public override async ValueTask AddAsync(NewActivity row, CancellationToken ct)
    {
        _copy ??= await _connection.BeginBinaryImportAsync(
            "COPY activity_staging (seq, person_id, metric_id, day, quantity, external_id, note) FROM STDIN (FORMAT BINARY)", ct);
        await _copy.StartRowAsync(ct);
        await _copy.WriteAsync(_staged, NpgsqlDbType.Integer, ct);
        await _copy.WriteAsync(row.PersonId, NpgsqlDbType.Integer, ct);
        await _copy.WriteAsync(row.MetricId, NpgsqlDbType.Integer, ct);
        await _copy.WriteAsync(row.Date, NpgsqlDbType.Date, ct);
        await _copy.WriteAsync((double)row.Quantity, NpgsqlDbType.Double, ct);
        await _copy.WriteAsync(row.ExternalId, NpgsqlDbType.Varchar, ct);
        if (row.Note is null)
        {
            await _copy.WriteNullAsync(ct);
        }
        else
        {
            await _copy.WriteAsync(row.Note, NpgsqlDbType.Varchar, ct);
        }
        if (++_staged >= _rowsPerMerge)
        {
            await MergeAsync(ct);
        }
    }

    public override async Task FlushAsync(CancellationToken ct)
    {
        await MergeAsync(ct);
        await _deferred.RestoreAsync(ct);
    }

    private async Task MergeAsync(CancellationToken ct)
    {
        if (_copy is null)
        {
            return;
        }
        await _copy.CompleteAsync(ct);
        await _copy.DisposeAsync();
        _copy = null;
        if (!_prepared)
        {
            await PrepareAsync(ct);
        }
        await _deferred.DeferIfWorthItAsync(Imported, Imported + _staged, ct);
        await using var merge = new NpgsqlCommand(Merge + ";\nTRUNCATE activity_staging", _connection);
        merge.Parameters.AddWithValue("organization", _organization);
        Imported += (int)(await merge.ExecuteScalarAsync(ct) ?? 0);
        _staged = 0;
    }

    /// <summary>
    /// Once per write that merges: statistics for the planner where People or Metrics have none yet
    /// (right after seeding or a bulk add, the composite foreign key would otherwise be checked by
    /// scanning every person of the organisation per row), and memory for the merge's three sorts,
    /// which spill to disk at the default 4 MB.
    /// </summary>
    private async Task PrepareAsync(CancellationToken ct)
    {
        _prepared = true;
        await using var command = new NpgsqlCommand("""
            SELECT c.relname FROM pg_class c
            WHERE c.oid IN ('"People"'::regclass, '"Metrics"'::regclass) AND c.reltuples < 0
            """, _connection);
        var unanalysed = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                unanalysed.Add(reader.GetString(0));
            }
        }
        var sql = "SET LOCAL work_mem = '64MB'";
        if (unanalysed.Count > 0)
        {
            sql += "; ANALYZE " + string.Join(", ", unanalysed.Select(name => $"\"{name}\""));
        }
        await using var prepare = new NpgsqlCommand(sql, _connection);
        await prepare.ExecuteNonQueryAsync(ct);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            // Not completed: disposing cancels the COPY; the transaction is rolled back by the writer.
            await _copy.DisposeAsync();
            _copy = null;
        }
    }
}
