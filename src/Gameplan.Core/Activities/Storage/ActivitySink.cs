namespace Gameplan.Core.Activities.Storage;

/// <summary>
/// The provider-specific half of <see cref="ActivityWriter"/>: takes validated rows, stores those
/// whose external id is new, and adds them to the day and month aggregates, all inside the
/// writer's open transaction.
/// </summary>
internal abstract class ActivitySink : IAsyncDisposable
{
    /// <summary>Rows accepted so far that were stored (not duplicates).</summary>
    public int Imported { get; protected set; }

    /// <summary>Takes one row; may write a whole batch.</summary>
    public abstract ValueTask AddAsync(NewActivity row, CancellationToken ct);

    /// <summary>Writes whatever is buffered.</summary>
    public abstract Task FlushAsync(CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
