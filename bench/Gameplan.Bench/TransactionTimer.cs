using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gameplan.Bench;

/// <summary>How long the import's transaction was open: with SQLite, how long every other writer waited.</summary>
internal sealed class TransactionTimer : DbTransactionInterceptor
{
    private readonly Stopwatch _open = new();

    public TimeSpan Held { get; private set; }

    public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        _open.Restart();
        return ValueTask.FromResult(result);
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Held += _open.Elapsed;
        return Task.CompletedTask;
    }
}
