namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Where an uploaded activity file is: being received (stored into the database), being checked,
/// checked (preview shown), being imported, imported, failed, or cancelled (by the uploader, or because
/// the preview waited too long). The file is deleted in the last three.
/// </summary>
public enum ActivityImportStage
{
    Uploading,
    Previewing,
    Previewed,
    Importing,
    Imported,
    Failed,
    Cancelled,
}

/// <summary>One upload as its page shows it, read from the database (with the running instance's live progress when it is this one).</summary>
public sealed record ActivityImportJobDetails(string Id, string FileName, long Size, string MappingName, ActivityImportStage Stage, DateTimeOffset Created)
{
    public DateTimeOffset? PreviewedAt { get; init; }

    public ActivityImportProgress? Progress { get; init; }

    public ActivityImportPreview? Preview { get; init; }

    public ActivityImportSummary? Summary { get; init; }

    public bool SkipInvalid { get; init; }

    /// <summary>Why the file could not be read or stored (Failed), or why it was cancelled (Cancelled).</summary>
    public string? Error { get; init; }

    /// <summary>Bytes read as a share of the file, 0 to 1; null before the first report and while storing (no share to show).</summary>
    public double? Fraction =>
        Progress is { Storing: false, TotalBytes: > 0 } p ? Math.Clamp((double)p.BytesRead / p.TotalBytes.Value, 0, 1) : null;

    public bool IsRunning => ActivityImportStages.IsRunning(Stage);

    /// <summary>Whether the file is still needed (and counts against its uploader's pending bytes).</summary>
    public bool HoldsFile => ActivityImportStages.HoldsFile(Stage);

    /// <summary>Whether the uploader may still cancel: before the import starts (an import under way is one transaction that finishes or rolls back).</summary>
    public bool MayCancel => Stage is ActivityImportStage.Previewing or ActivityImportStage.Previewed;
}

/// <summary>A job whose holder stopped beating: what a takeover needs to know.</summary>
public sealed record StaleImportJob(string Id, int OrganizationId, int UserId, ActivityImportStage Stage, long Version, int Takeovers, string Holder);

/// <summary>The stages as sets.</summary>
public static class ActivityImportStages
{
    /// <summary>Someone is working on the job: receiving, checking or importing.</summary>
    public static bool IsRunning(ActivityImportStage stage) =>
        stage is ActivityImportStage.Uploading or ActivityImportStage.Previewing or ActivityImportStage.Importing;

    /// <summary>The file is still needed.</summary>
    public static bool HoldsFile(ActivityImportStage stage) =>
        stage is ActivityImportStage.Uploading or ActivityImportStage.Previewing or ActivityImportStage.Previewed or ActivityImportStage.Importing;

    internal static readonly ActivityImportStage[] Running = [ActivityImportStage.Uploading, ActivityImportStage.Previewing, ActivityImportStage.Importing];

    internal static readonly ActivityImportStage[] Holding = [.. Running, ActivityImportStage.Previewed];
}
