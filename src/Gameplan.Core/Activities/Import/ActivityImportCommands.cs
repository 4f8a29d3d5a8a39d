using Gameplan.Core.Data;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Imports a CSV file of activities into the organisation in scope, in one transaction. By default
/// all or nothing: one invalid row stores nothing, but the whole file is still read so that every
/// problem is reported at once. Rows without an external id get a derived one, so importing the
/// same file again stores nothing new (its rows count as duplicates).
/// </summary>
public sealed class ActivityImportCommands(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Reads <paramref name="csv"/> to its end (the caller keeps it open). Throws
    /// <see cref="ActivityFileException"/> when the file cannot be read at all; progress is
    /// reported in bytes read, against the file's size when known.
    /// </summary>
    public async Task<ActivityImportSummary> ImportCsvAsync(Stream csv, ActivityImportOptions options,
        IProgress<ActivityImportProgress>? progress = null, CancellationToken ct = default)
    {
        var today = options.Today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var directory = await ImportDirectory.LoadAsync(db, options.Importer, ct);
        var totalBytes = options.TotalBytes ?? (csv.CanSeek ? csv.Length : null);
        await using var reader = await ActivityCsvReader.OpenAsync(csv, options.Mapping, today, ct);
        await using var writer = await ActivityWriter.BeginAsync(db, ct);
        var scan = new ActivityImportScan(reader, directory, options, totalBytes);
        var derived = new DerivedExternalIds();
        await scan.RunAsync(async (row, person, metric) =>
        {
            // Once a row is invalid nothing will be stored; the rest of the file is only checked.
            if (scan.Problems.Rows == 0 || options.SkipInvalid)
            {
                var externalId = row.ExternalId ?? derived.For(person, metric, row.Date, row.Quantity, row.Note);
                await writer.AddAsync(new NewActivity(person, metric, row.Date, row.Quantity, externalId, row.Note), ct);
            }
        }, progress, ct);
        var stored = scan.Problems.Rows == 0 || options.SkipInvalid
            ? await writer.CommitAsync(ct)
            : new ActivityWriteResult(0, 0);
        return new ActivityImportSummary(stored.Imported, stored.Duplicates, scan.Problems.Listed)
        {
            InvalidRows = scan.Problems.Rows,
            Ignored = scan.Ignored,
            Rows = scan.Rows,
        };
    }
}
