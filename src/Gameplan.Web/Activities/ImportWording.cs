using Gameplan.Core.Activities.Import;
using Gameplan.Domain;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Activities;

/// <summary>
/// What the import buttons say before the click and what the result says after it. A button names
/// what it will do ("Import 6 activities"); an all-or-nothing import that would store nothing says
/// so and cannot be clicked; a result that stored nothing is a warning that says why, never a
/// success.
/// </summary>
public static class ImportWording
{
    /// <summary>Rows that would be stored (some may turn out to be stored already).</summary>
    public static int Valid(ActivityImportPreview preview) =>
        Math.Max(0, preview.TotalRows - preview.InvalidRows - preview.Ignored);

    /// <summary>A file size for people: bytes below a kilobyte, KB below a megabyte, MB above, one decimal.</summary>
    public static string Size(long bytes) => bytes switch
    {
        1 => "1 byte",
        < 1024 => $"{Display.Number(bytes)} bytes",
        < 1024 * 1024 => $"{Numbers.Format(bytes / 1024m, 1)} KB",
        _ => $"{Numbers.Format(bytes / (1024m * 1024), 1)} MB",
    };

    public static string Minutes(TimeSpan span) => span.TotalMinutes == 1 ? "1 minute" : $"{Numbers.Format((decimal)span.TotalMinutes, 0)} minutes";

    /// <summary>Where a waiting upload is, in a few words.</summary>
    public static string Stage(ActivityImportStage stage) => stage switch
    {
        ActivityImportStage.Uploading => "being received",
        ActivityImportStage.Previewing => "being checked",
        ActivityImportStage.Previewed => "checked, waiting to be imported",
        ActivityImportStage.Importing => "being imported",
        ActivityImportStage.Imported => "imported",
        ActivityImportStage.Failed => "could not be read",
        _ => "cancelled",
    };

    public static string Activities(long count) => Display.Count(count, "activity", "activities");

    public static string Rows(long count) => Display.Count(count, "row", "rows");

    public static string AreInvalid(long count) => $"{Rows(count)} {(count == 1 ? "is" : "are")} invalid";

    /// <summary>The label of the all-or-nothing button.</summary>
    public static string AllOrNothing(ActivityImportPreview preview) => (Valid(preview), preview.InvalidRows) switch
    {
        ( > 0, 0) => $"Import {Activities(Valid(preview))}",
        (0, 1) => "Import nothing: the only row is invalid",
        (0, > 1) => $"Import nothing: all {AreInvalid(preview.InvalidRows)}",
        (_, > 0) => $"Import nothing: {AreInvalid(preview.InvalidRows)}",
        _ => "Nothing to import",
    };

    /// <summary>Why the all-or-nothing button cannot be clicked; null when it can.</summary>
    public static string? AllOrNothingRefused(ActivityImportPreview preview) => (Valid(preview), preview.InvalidRows, preview.Ignored) switch
    {
        ( > 0, 0, _) => null,
        (_, > 0, _) => $"All or nothing stores nothing while any row is invalid. Correct the {(preview.InvalidRows == 1 ? "row" : "rows")} listed under Problems and upload the file again.",
        (_, _, > 0) => $"The mapping ignores every row of the file ({Rows(preview.Ignored)}); check its values, or the file.",
        _ => "The file has a header line but no rows.",
    };

    /// <summary>The label of the skip-invalid button; null when skipping would not help (nothing valid, or nothing to skip).</summary>
    public static string? SkipInvalid(ActivityImportPreview preview) =>
        Valid(preview) > 0 && preview.InvalidRows > 0
            ? $"Import {Activities(Valid(preview))}, skipping {Rows(preview.InvalidRows)} that {(preview.InvalidRows == 1 ? "is" : "are")} invalid"
            : null;

    /// <summary>The result in one sentence, and whether it is a success (something was stored).</summary>
    public static (string Message, bool Stored) Outcome(ActivityImportSummary summary, bool skipInvalid)
    {
        if (summary.Imported > 0)
        {
            var also = new List<string>();
            if (summary.Duplicates > 0)
            {
                also.Add($"{Rows(summary.Duplicates)} already stored");
            }
            if (summary.InvalidRows > 0)
            {
                also.Add($"{Rows(summary.InvalidRows)} skipped as invalid");
            }
            return ($"{Activities(summary.Imported)} imported{(also.Count > 0 ? $" ({string.Join(", ", also)})" : "")}.", true);
        }
        var why = summary switch
        {
            { InvalidRows: > 0 } when !skipInvalid => $"{AreInvalid(summary.InvalidRows)}, and all or nothing stores nothing then. Correct them and upload the file again.",
            { Duplicates: > 0 } => $"every valid row was stored before ({Rows(summary.Duplicates)} already stored).",
            { InvalidRows: > 0 } => $"every row is invalid ({Rows(summary.InvalidRows)}).",
            { Ignored: > 0 } => $"the mapping ignores every row of the file ({Rows(summary.Ignored)}).",
            _ => "the file has no rows.",
        };
        return ($"Nothing was imported: {why}", false);
    }
}
