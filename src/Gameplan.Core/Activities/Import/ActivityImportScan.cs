namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Reads a whole file, matching people and metrics, counting and listing the problems, and hands
/// each valid row on. Shared by the import (which stores them) and the preview (which shows them).
/// </summary>
internal sealed class ActivityImportScan(ActivityCsvReader reader, ImportDirectory directory, ActivityImportOptions options, long? totalBytes)
{
    // Progress every this many rows: often enough for a bar, rare enough to cost nothing.
    private const int ProgressEvery = 5000;

    public ImportProblems Problems { get; } = new(options.MaxReported);

    public int Rows { get; private set; }

    public int Ignored { get; private set; }

    public async Task RunAsync(Func<ActivityCsvRow, int, int, ValueTask> onValid, IProgress<ActivityImportProgress>? progress, CancellationToken ct)
    {
        var mapping = options.Mapping;
        var personColumn = reader.Columns.Person.Header;
        var metricColumn = reader.Columns.Metric?.Header ?? "metric";
        progress?.Report(new ActivityImportProgress(0, totalBytes, 0));
        while (await reader.ReadAsync(ct) is { } row)
        {
            if (++Rows % ProgressEvery == 0)
            {
                progress?.Report(new ActivityImportProgress(reader.BytesRead, totalBytes, Rows));
            }
            if (row.Ignored)
            {
                Ignored++;
                continue;
            }
            // Looked up only for rows that read well: a row with a broken date still names its person.
            var person = row.Person.Length > 0 ? directory.Person(row, mapping.Person.Match, personColumn) : null;
            var metric = row.Metric.Length > 0 ? directory.Metric(row, metricColumn) : null;
            if (!row.IsValid)
            {
                Problems.Add(row.Problems!);
                continue;
            }
            await onValid(row, person!.Value, metric!.Value);
        }
        progress?.Report(new ActivityImportProgress(totalBytes ?? reader.BytesRead, totalBytes, Rows));
    }
}
