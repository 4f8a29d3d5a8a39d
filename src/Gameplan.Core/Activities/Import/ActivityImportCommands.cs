using System.Threading.Channels;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Imports a CSV file of activities into the organisation in scope, in one transaction. By default
/// all or nothing: one invalid row stores nothing, but the whole file is still read so that every
/// problem is reported at once. Rows without an external id get a derived one, so importing the
/// same file again stores nothing new (its rows count as duplicates).
/// </summary>
public sealed class ActivityImportCommands(GameplanDbContext db, TimeProvider clock)
{
    private readonly OrganizationClock _today = new(db, clock);

    /// <summary>
    /// Reads <paramref name="csv"/> to its end (the caller keeps it open). Throws
    /// <see cref="ActivityFileException"/> when the file cannot be read at all; progress is
    /// reported in bytes read, against the file's size when known.
    /// </summary>
    public async Task<ActivityImportSummary> ImportCsvAsync(Stream csv, ActivityImportOptions options,
        IProgress<ActivityImportProgress>? progress = null, CancellationToken ct = default)
    {
        var today = options.Today ?? await _today.LatestAsync(ct);
        var directory = await ImportDirectory.LoadAsync(db, options.Importer, ct);
        var totalBytes = options.TotalBytes ?? (csv.CanSeek ? csv.Length : null);
        await using var reader = await ActivityCsvReader.OpenAsync(csv, options.Mapping, today, ct);
        await using var writer = await ActivityWriter.BeginAsync(db, ct);
        var scan = new ActivityImportScan(reader, directory, options, totalBytes);

        // The file is read and checked on a second thread while this one writes: on a large file
        // the two halves overlap instead of taking turns. The queue between them is short, so the
        // reader stays at most a few batches ahead and memory does not grow with the file.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var queue = Channel.CreateBounded<NewActivity[]>(new BoundedChannelOptions(QueuedBatches) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAsync(scan, options, queue.Writer, progress, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in queue.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var row in batch)
                {
                    await writer.AddAsync(row, stop.Token);
                }
            }
        }
        catch
        {
            // The write failed: stop the reader (it may be waiting for room in the queue) and let
            // the writer's error through, not the reader's cancellation.
            await stop.CancelAsync();
            await reading.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
        await reading; // the reader's own error (a file that cannot be read) comes out here as is
        var store = WillStore(scan, options);
        if (store)
        {
            progress?.Report(new ActivityImportProgress(totalBytes ?? reader.BytesRead, totalBytes, scan.Rows) { Storing = true });
        }
        var stored = store ? await writer.CommitAsync(ct) : new ActivityWriteResult(0, 0);
        return new ActivityImportSummary(stored.Imported, stored.Duplicates, scan.Problems.Listed)
        {
            InvalidRows = scan.Problems.Rows,
            Ignored = scan.Ignored,
            Rows = scan.Rows,
        };
    }

    private const int BatchRows = 4096;
    private const int QueuedBatches = 4;

    /// <summary>All or nothing stores nothing once a row is invalid; skip-invalid stores the valid rows.</summary>
    private static bool WillStore(ActivityImportScan scan, ActivityImportOptions options) => scan.Problems.Rows == 0 || options.SkipInvalid;

    /// <summary>Reads the whole file, queueing the rows to store in batches; completes the queue either way.</summary>
    private static async Task ReadAsync(ActivityImportScan scan, ActivityImportOptions options, ChannelWriter<NewActivity[]> queue,
        IProgress<ActivityImportProgress>? progress, CancellationToken ct)
    {
        try
        {
            var derived = new DerivedExternalIds();
            var batch = new NewActivity[BatchRows];
            var count = 0;
            await scan.RunAsync(async (row, person, metric) =>
            {
                // Once a row is invalid nothing will be stored; the rest of the file is only checked.
                if (!WillStore(scan, options))
                {
                    return;
                }
                var externalId = row.ExternalId ?? derived.For(person, metric, row.Date, row.Quantity, row.Note);
                batch[count++] = new NewActivity(person, metric, row.Date, row.Quantity, externalId, row.Note);
                if (count == BatchRows)
                {
                    await queue.WriteAsync(batch, ct);
                    batch = new NewActivity[BatchRows];
                    count = 0;
                }
            }, progress, ct);
            if (count > 0 && WillStore(scan, options))
            {
                await queue.WriteAsync(batch[..count], ct);
            }
        }
        finally
        {
            queue.TryComplete();
        }
    }
}
