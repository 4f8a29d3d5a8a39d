using Npgsql;

namespace Gameplan.Core.Activities.Storage;

/// <summary>
/// The log's foreign keys and secondary (non-unique) indexes during a large write on PostgreSQL:
/// once a write reaches more rows than the log held before it (and at least <see cref="From"/>),
/// they are dropped and added again from their own definitions before commit. Each foreign key
/// is a per-row trigger that locks its parent row (three per log row: most of a merge's time),
/// whereas adding it back checks the whole table in one join; an index is built by one sort
/// instead of a b-tree insert per row. The unique external-id index stays: duplicates are found
/// through it. All inside the write's transaction: a rollback restores them. The price is the
/// <c>ALTER TABLE</c> lock: until commit, other sessions can neither read the log nor change
/// people, metrics or organisations (reads of the aggregates and of everything else go on).
/// </summary>
internal sealed class PostgresDeferredConstraints(NpgsqlConnection connection)
{
    // Below this many rows rebuilding is not worth it.
    public const int From = 50_000;

    // Counting rows to compare with is capped: past this the write is small beside the log.
    private const int CountAtMost = 2_000_000;

    private List<string>? _restore;
    private long? _rowsBefore;
    private bool _decided;

    /// <summary>Called before each merge with the rows merged so far plus those about to be.</summary>
    public async Task DeferIfWorthItAsync(int merged, int rows, CancellationToken ct)
    {
        if (_decided || rows < From)
        {
            return;
        }
        _rowsBefore ??= await CountAsync(ct) - merged;
        if (_rowsBefore > rows)
        {
            return;
        }
        _decided = true;
        var drop = new List<string>();
        _restore = [];
        await using (var definitions = new NpgsqlCommand("""
            SELECT format('ALTER TABLE "ActivityLog" DROP CONSTRAINT %I', conname),
                   format('ALTER TABLE "ActivityLog" ADD CONSTRAINT %I %s', conname, pg_get_constraintdef(oid)), 1
            FROM pg_constraint WHERE conrelid = '"ActivityLog"'::regclass AND contype = 'f'
            UNION ALL
            SELECT format('DROP INDEX %I.%I', schemaname, indexname), indexdef, 0
            FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'ActivityLog' AND indexdef NOT LIKE 'CREATE UNIQUE %'
            ORDER BY 3
            """, connection))
        await using (var reader = await definitions.ExecuteReaderAsync(ct))
        {
            // Indexes first, then the foreign keys, whose checks then find their index.
            while (await reader.ReadAsync(ct))
            {
                drop.Add(reader.GetString(0));
                _restore.Add(reader.GetString(1));
            }
        }
        await RunAsync(drop, ct);
    }

    /// <summary>Adds back what was dropped (before commit); a violation fails the write here.</summary>
    public async Task RestoreAsync(CancellationToken ct)
    {
        if (_restore is not null)
        {
            await RunAsync(_restore, ct);
            _restore = null;
        }
    }

    private async Task<long> CountAsync(CancellationToken ct)
    {
        await using var count = new NpgsqlCommand(
            $"SELECT count(*) FROM (SELECT 1 FROM \"ActivityLog\" LIMIT {CountAtMost}) AS logged", connection);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    private async Task RunAsync(List<string> statements, CancellationToken ct)
    {
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
