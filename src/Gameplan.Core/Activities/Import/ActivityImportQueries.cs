using Gameplan.Core.Data;
using Gameplan.Core.Organizations;

namespace Gameplan.Core.Activities.Import;

/// <summary>Reads a CSV file of activities as an import would, without storing anything (the web's preview).</summary>
public sealed class ActivityImportQueries(GameplanDbContext db, TimeProvider clock)
{
    private readonly OrganizationClock _today = new(db, clock);

    /// <summary>
    /// The first <paramref name="rows"/> valid rows as they would be stored, and the problems of the
    /// whole file. Throws <see cref="ActivityFileException"/> when the file cannot be read at all.
    /// Duplicates of stored rows are only known when importing.
    /// </summary>
    public async Task<ActivityImportPreview> PreviewCsvAsync(Stream csv, ActivityImportOptions options, int rows = 20,
        IProgress<ActivityImportProgress>? progress = null, CancellationToken ct = default)
    {
        var today = options.Today ?? await _today.LatestAsync(ct);
        var directory = await ImportDirectory.LoadAsync(db, options.Importer, ct);
        await using var reader = await ActivityCsvReader.OpenAsync(csv, options.Mapping, today, ct);
        var scan = new ActivityImportScan(reader, directory, options, options.TotalBytes ?? (csv.CanSeek ? csv.Length : null));
        var first = new List<ActivityPreviewRow>();
        await scan.RunAsync((row, person, metric) =>
        {
            if (first.Count < rows)
            {
                first.Add(new ActivityPreviewRow(row.Line, row.Date, directory.HandleOf(person), directory.MetricOf(metric),
                    row.Quantity, row.ExternalId, row.Note));
            }
            return ValueTask.CompletedTask;
        }, progress, ct);
        return new ActivityImportPreview(first, scan.Problems.Listed)
        {
            TotalRows = scan.Rows,
            InvalidRows = scan.Problems.Rows,
            Ignored = scan.Ignored,
        };
    }
}
