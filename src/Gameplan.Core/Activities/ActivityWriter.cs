using Gameplan.Core.Activities.Storage;
using Gameplan.Core.Data;
using Gameplan.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Gameplan.Core.Activities;

/// <summary>
/// Stores activities for the organisation in scope, as fast as the database allows, and keeps the
/// per person x metric x day and x month aggregates in the same transaction. All or nothing:
/// <see cref="CommitAsync"/> makes everything added visible at once; disposing without committing
/// rolls everything back. A row whose external id is already stored (or was added earlier in the
/// same write) is skipped and counted as a duplicate. Inside a transaction the caller already
/// opened, the writer joins it and leaves committing to the caller.
/// </summary>
/// <example>
/// <code>
/// await using var writer = await ActivityWriter.BeginAsync(db, ct);
/// foreach (var row in rows) await writer.AddAsync(row, ct);
/// var result = await writer.CommitAsync(ct);
/// </code>
/// </example>
public sealed class ActivityWriter : IAsyncDisposable
{
    private const int MaxExternalIdLength = 100;
    private const int MaxNoteLength = 500;

    private readonly GameplanDbContext _db;
    private readonly IDbContextTransaction? _ownTransaction;
    private readonly ActivitySink _sink;
    private readonly HashSet<int> _people;
    private readonly HashSet<int> _metrics;
    private readonly bool _foreignKeysOff;
    private int _added;
    private bool _finished;

    private ActivityWriter(GameplanDbContext db, IDbContextTransaction? ownTransaction, ActivitySink sink, HashSet<int> people, HashSet<int> metrics, bool foreignKeysOff)
    {
        _foreignKeysOff = foreignKeysOff;
        _db = db;
        _ownTransaction = ownTransaction;
        _sink = sink;
        _people = people;
        _metrics = metrics;
    }

    /// <summary>Opens a transaction (unless one is open) for the organisation in scope.</summary>
    public static Task<ActivityWriter> BeginAsync(GameplanDbContext db, CancellationToken ct) =>
        BeginAsync(db, PostgresActivitySink.RowsPerMerge, ct);

    /// <summary>As <see cref="BeginAsync(GameplanDbContext, CancellationToken)"/>, merging into PostgreSQL's log every <paramref name="postgresRowsPerMerge"/> rows (tests cross merges with fewer).</summary>
    internal static async Task<ActivityWriter> BeginAsync(GameplanDbContext db, int postgresRowsPerMerge, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var organization = db.RequireOrganization();
        await db.Database.OpenConnectionAsync(ct);
        IDbContextTransaction? own = null;
        var foreignKeysOff = false;
        try
        {
            if (db.Database.CurrentTransaction is null)
            {
                // SQLite checks each log row's three foreign keys with three index seeks: in sqlite3,
                // 18 of the 28 s of inserting 12.5M log rows. A transaction of the writer's own writes only
                // activities, and Check below refuses every person and metric outside the sets read
                // inside that transaction, which (BEGIN IMMEDIATE) already holds the write lock: no
                // one can delete a person or metric before commit, so the checks are the same ones.
                // The switch only takes effect outside a transaction, hence here; restored on dispose.
                if (db.Database.GetDbConnection() is SqliteConnection sqliteConnection)
                {
                    SqlitePragmas.SetForeignKeys(sqliteConnection, on: false);
                    foreignKeysOff = true;
                }
                own = await db.Database.BeginTransactionAsync(ct);
            }
            // Ids of this organisation only (query filters): a row naming anyone else's is refused
            // here, with a readable message, before the database's composite foreign keys would.
            var people = (await db.People.Select(p => p.Id).ToListAsync(ct)).ToHashSet();
            var metrics = (await db.Metrics.Select(m => m.Id).ToListAsync(ct)).ToHashSet();
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            ActivitySink sink = transaction switch
            {
                SqliteTransaction sqlite => new SqliteActivitySink((SqliteConnection)sqlite.Connection!, sqlite, organization),
                NpgsqlTransaction postgres => await PostgresActivitySink.OpenAsync(postgres.Connection!, organization, postgresRowsPerMerge, ct),
                _ => throw new NotSupportedException($"No activity writer for {transaction.GetType().Name}."),
            };
            return new ActivityWriter(db, own, sink, people, metrics, foreignKeysOff);
        }
        catch
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
            Restore(db, foreignKeysOff);
            await db.Database.CloseConnectionAsync();
            throw;
        }
    }

    /// <summary>Adds one row (written in batches). A row breaking a rule throws <see cref="DomainRuleException"/> naming the field; the writer stays usable.</summary>
    public ValueTask AddAsync(NewActivity row, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(row);
        ObjectDisposedException.ThrowIf(_finished, this);
        Check(row);
        _added++;
        return _sink.AddAsync(row, ct);
    }

    /// <summary>Writes what is buffered and commits (unless the caller owns the transaction).</summary>
    public async Task<ActivityWriteResult> CommitAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        await _sink.FlushAsync(ct);
        if (_ownTransaction is not null)
        {
            await _ownTransaction.CommitAsync(ct);
        }
        _finished = true;
        return new ActivityWriteResult(_sink.Imported, _added - _sink.Imported);
    }

    public async ValueTask DisposeAsync()
    {
        _finished = true;
        await _sink.DisposeAsync();
        if (_ownTransaction is not null)
        {
            await _ownTransaction.DisposeAsync();
        }
        Restore(_db, _foreignKeysOff);
        await _db.Database.CloseConnectionAsync();
    }

    private static void Restore(GameplanDbContext db, bool foreignKeysOff)
    {
        if (foreignKeysOff && db.Database.GetDbConnection() is SqliteConnection { State: System.Data.ConnectionState.Open } connection)
        {
            SqlitePragmas.SetForeignKeys(connection, on: true);
        }
    }

    private void Check(NewActivity row)
    {
        if (!_people.Contains(row.PersonId))
        {
            throw new DomainRuleException($"There is no person with id {row.PersonId} in this organisation.", "person");
        }
        if (!_metrics.Contains(row.MetricId))
        {
            throw new DomainRuleException($"There is no metric with id {row.MetricId} in this organisation.", "metric");
        }
        if (row.Quantity < 0)
        {
            throw new DomainRuleException("An activity quantity cannot be negative.", "quantity");
        }
        if (string.IsNullOrWhiteSpace(row.ExternalId) || row.ExternalId.Length > MaxExternalIdLength)
        {
            throw new DomainRuleException($"Every activity needs an external id of 1 to {MaxExternalIdLength} characters.", "external_id");
        }
        if (row.Note is { Length: > MaxNoteLength })
        {
            throw new DomainRuleException($"A note holds at most {MaxNoteLength} characters.", "note");
        }
    }
}
