using Gameplan.Core.Activities.Import;

namespace Gameplan.Web.Activities;

/// <summary>
/// Where an uploaded activity file is: being checked, checked (preview shown), being imported,
/// imported, failed, or cancelled (by the uploader, or because the preview waited too long). The
/// file is deleted in the last three.
/// </summary>
public enum ActivityImportStage
{
    Previewing,
    Previewed,
    Importing,
    Imported,
    Failed,
    Cancelled,
}

/// <summary>
/// One uploaded CSV file of activities, held in memory by <see cref="ActivityImportJobs"/> while it is
/// previewed and imported. The file itself waits in a temporary file. Only its organisation finds it,
/// by an unguessable id.
/// </summary>
public sealed class ActivityImportJob(string id, int organizationId, ActivityImportUploader uploader, string fileName, string path, long size, string mappingName, ActivityMapping mapping, DateTimeOffset created)
{
    private readonly Lock _gate = new();

    // Stops the preview when the uploader cancels while the file is still being checked.
    private readonly CancellationTokenSource _cancel = new();

    public string Id { get; } = id;

    public int OrganizationId { get; } = organizationId;

    /// <summary>Who uploaded the file: only they see it, and its rows may name only people they may log for.</summary>
    public ActivityImportUploader Uploader { get; } = uploader;

    /// <summary>The name the browser gave the file (shown, never used as a path).</summary>
    public string FileName { get; } = fileName;

    /// <summary>The temporary file holding the upload.</summary>
    public string Path { get; } = path;

    public long Size { get; } = size;

    /// <summary>"Generic columns", a saved mapping's name, or the uploaded definition's file name.</summary>
    public string MappingName { get; } = mappingName;

    public ActivityMapping Mapping { get; } = mapping;

    public DateTimeOffset Created { get; } = created;

    /// <summary>When the preview was ready; null before. A preview left waiting too long is cancelled.</summary>
    public DateTimeOffset? PreviewedAt { get; private set; }

    public ActivityImportStage Stage { get; private set; } = ActivityImportStage.Previewing;

    public ActivityImportProgress? Progress { get; private set; }

    public ActivityImportPreview? Preview { get; private set; }

    public ActivityImportSummary? Summary { get; private set; }

    public bool SkipInvalid { get; private set; }

    /// <summary>Why the file could not be read or stored (Failed), or why it was cancelled (Cancelled).</summary>
    public string? Error { get; private set; }

    /// <summary>Bytes read as a share of the file, 0 to 1; null before the first report and while storing (no share to show).</summary>
    public double? Fraction =>
        Progress is { Storing: false, TotalBytes: > 0 } p ? Math.Clamp((double)p.BytesRead / p.TotalBytes.Value, 0, 1) : null;

    public bool IsRunning => Stage is ActivityImportStage.Previewing or ActivityImportStage.Importing;

    /// <summary>Whether the file is still needed (and counts against its uploader's pending bytes).</summary>
    public bool HoldsFile => Stage is ActivityImportStage.Previewing or ActivityImportStage.Previewed or ActivityImportStage.Importing;

    /// <summary>Whether the uploader may still cancel: before the import starts (an import under way is one transaction that finishes or rolls back).</summary>
    public bool MayCancel => Stage is ActivityImportStage.Previewing or ActivityImportStage.Previewed;

    internal CancellationToken Cancellation => _cancel.Token;

    internal void Report(ActivityImportProgress progress) => Progress = progress;

    internal void Previewed(ActivityImportPreview preview, DateTimeOffset at) =>
        Move(ActivityImportStage.Previewing, ActivityImportStage.Previewed, () => (Preview, PreviewedAt) = (preview, at));

    internal void Imported(ActivityImportSummary summary) => Move(ActivityImportStage.Importing, ActivityImportStage.Imported, () => Summary = summary);

    internal void Failed(string error)
    {
        lock (_gate)
        {
            if (IsRunning)
            {
                Error = error;
                Stage = ActivityImportStage.Failed;
            }
        }
    }

    /// <summary>Cancels a file not yet being imported, saying why; false when it is too late (or too early) for that.</summary>
    internal bool Cancel(string why)
    {
        lock (_gate)
        {
            if (!MayCancel)
            {
                return false;
            }
            Error = why;
            Stage = ActivityImportStage.Cancelled;
        }
        _cancel.Cancel();
        return true;
    }

    /// <summary>Moves a previewed file on to importing; false when it is not waiting for that (a second click).</summary>
    internal bool StartImport(bool skipInvalid)
    {
        lock (_gate)
        {
            if (Stage != ActivityImportStage.Previewed)
            {
                return false;
            }
            SkipInvalid = skipInvalid;
            Progress = null;
            Stage = ActivityImportStage.Importing;
            return true;
        }
    }

    /// <summary>Moves on only from <paramref name="from"/>: a job cancelled meanwhile stays cancelled.</summary>
    private void Move(ActivityImportStage from, ActivityImportStage to, Action set)
    {
        lock (_gate)
        {
            if (Stage == from)
            {
                set();
                Stage = to;
            }
        }
    }
}

/// <summary>The account that uploaded a file, and the person it acts as for the access rules.</summary>
public sealed record ActivityImportUploader(int UserId, Gameplan.Domain.Access.Actor Actor);
