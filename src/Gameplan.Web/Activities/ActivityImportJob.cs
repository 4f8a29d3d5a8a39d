using Gameplan.Core.Activities.Import;

namespace Gameplan.Web.Activities;

/// <summary>Where an uploaded activity file is: being checked, checked (preview shown), being imported, imported, or failed.</summary>
public enum ActivityImportStage
{
    Previewing,
    Previewed,
    Importing,
    Imported,
    Failed,
}

/// <summary>
/// One uploaded CSV file of activities, held in memory by <see cref="ActivityImportJobs"/> while it is
/// previewed and imported. The file itself waits in a temporary file. Only its organisation finds it,
/// by an unguessable id.
/// </summary>
public sealed class ActivityImportJob(string id, int organizationId, ActivityImportUploader uploader, string fileName, string path, long size, string mappingName, ActivityMapping mapping)
{
    private readonly Lock _gate = new();

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

    public DateTimeOffset Created { get; } = DateTimeOffset.UtcNow;

    public ActivityImportStage Stage { get; private set; } = ActivityImportStage.Previewing;

    public ActivityImportProgress? Progress { get; private set; }

    public ActivityImportPreview? Preview { get; private set; }

    public ActivityImportSummary? Summary { get; private set; }

    public bool SkipInvalid { get; private set; }

    /// <summary>Why the file could not be read or stored, when <see cref="Stage"/> is Failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Bytes read as a share of the file, 0 to 1; null before the first report and while storing (no share to show).</summary>
    public double? Fraction =>
        Progress is { Storing: false, TotalBytes: > 0 } p ? Math.Clamp((double)p.BytesRead / p.TotalBytes.Value, 0, 1) : null;

    public bool IsRunning => Stage is ActivityImportStage.Previewing or ActivityImportStage.Importing;

    internal void Report(ActivityImportProgress progress) => Progress = progress;

    internal void Previewed(ActivityImportPreview preview) => Move(ActivityImportStage.Previewed, () => Preview = preview);

    internal void Imported(ActivityImportSummary summary) => Move(ActivityImportStage.Imported, () => Summary = summary);

    internal void Failed(string error) => Move(ActivityImportStage.Failed, () => Error = error);

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

    private void Move(ActivityImportStage stage, Action set)
    {
        lock (_gate)
        {
            set();
            Stage = stage;
        }
    }
}

/// <summary>The account that uploaded a file, and the person it acts as for the access rules.</summary>
public sealed record ActivityImportUploader(int UserId, Gameplan.Domain.Access.Actor Actor);
