using Gameplan.Domain.Access;
using Gameplan.Domain.Critique;

namespace Gameplan.Core.Activities.Import;

/// <summary>How to read and store one CSV file of activities.</summary>
public sealed record ActivityImportOptions
{
    public ActivityMapping Mapping { get; init; } = ActivityMapping.Generic;

    /// <summary>False (the default): any invalid row stores nothing. True: the valid rows are stored.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The last day an activity may be dated; null means the latest "today" of anyone in the organisation (their time zones).</summary>
    public DateOnly? Today { get; init; }

    /// <summary>The input's size in bytes, for progress; null takes the stream's length when it has one.</summary>
    public long? TotalBytes { get; init; }

    /// <summary>At most this many problems are listed; every invalid row is still counted.</summary>
    public int MaxReported { get; init; } = 1000;

    /// <summary>
    /// Who imports (the web): a row naming someone they may not log for is invalid in its person
    /// column. Null: anyone may be named (the command line, which holds the database itself).
    /// </summary>
    public Actor? Importer { get; init; }
}

/// <summary>
/// How far an import has read: bytes of the file (including a BOM) and data rows. The last report
/// of an import that stores rows has <see cref="Storing"/> set: the whole file is read and the
/// database is finishing the write (on a large file: indexes, totals and commit, which can take a
/// while), so a progress display can say so instead of sitting at 100%.
/// </summary>
public sealed record ActivityImportProgress(long BytesRead, long? TotalBytes, long Rows)
{
    public bool Storing { get; init; }
}

/// <summary>
/// One problem: the physical line where the row starts (1 is the header), the column as the file
/// names it (empty for a problem of the whole row) and a sentence saying what is wrong.
/// </summary>
public sealed record ActivityImportError(long Line, string Column, string Reason)
{
    public override string ToString() => Column.Length == 0 ? $"{Line}: {Reason}" : $"{Line}: {Column}: {Reason}";
}

/// <summary>
/// What an import did. <c>Imported</c> rows were stored; <c>Duplicates</c> were already stored (by
/// external id) and were not stored again; <c>Invalid</c> lists the problems (at most
/// <see cref="ActivityImportOptions.MaxReported"/>), <c>InvalidRows</c> counts the rows with one;
/// <c>Ignored</c> counts rows a mapping skips on purpose; <c>Rows</c> counts every data row.
/// </summary>
public sealed record ActivityImportSummary(int Imported, int Duplicates, IReadOnlyList<ActivityImportError> Invalid)
{
    public int InvalidRows { get; init; }

    public int Ignored { get; init; }

    public int Rows { get; init; }
}

/// <summary>A row as it would be stored: the person's handle and the metric's name.</summary>
public sealed record ActivityPreviewRow(long Line, DateOnly Date, string Person, string Metric, decimal Quantity, string? ExternalId, string? Note);

/// <summary>
/// An import that stores nothing: the first rows as they would be stored, and every problem of the
/// whole file (capped like an import's).
/// </summary>
public sealed record ActivityImportPreview(IReadOnlyList<ActivityPreviewRow> Rows, IReadOnlyList<ActivityImportError> Invalid)
{
    public int TotalRows { get; init; }

    public int InvalidRows { get; init; }

    public int Ignored { get; init; }
}

/// <summary>An activity file read without a database (<c>lint --activities</c>, <c>pace --activities</c>).</summary>
public sealed record ActivityFactsRead(ActivityFacts Facts, IReadOnlyList<ActivityImportError> Invalid)
{
    public int InvalidRows { get; init; }
}
