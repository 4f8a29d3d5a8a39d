namespace Gameplan.Core.Activities.Import;

/// <summary>
/// One uploaded CSV file of activities and where its preview and import are, kept in the database so
/// that any app instance reports it (docs/decisions/0050-import-jobs-live-in-the-database.md). The file
/// itself waits in <see cref="ActivityImportFileChunk"/> rows until the job no longer needs it. The work
/// is done by the instance named in <see cref="Holder"/>, which beats <see cref="HeartbeatAt"/> while it
/// runs; a job whose heartbeat stopped is taken over by another instance (a new <see cref="Version"/>) or
/// failed with a reason. State changes are single conditional UPDATEs in <see cref="ActivityImportJobCommands"/>.
/// </summary>
public sealed class ActivityImportJob
{
    private ActivityImportJob() { }

    public ActivityImportJob(string id, int organizationId, int userId, string fileName, long size, string mappingName, string mapping, string holder, DateTimeOffset now)
    {
        Id = id;
        OrganizationId = organizationId;
        UserId = userId;
        FileName = fileName;
        Size = size;
        MappingName = mappingName;
        Mapping = mapping;
        Holder = holder;
        CreatedAt = now;
        HeartbeatAt = now;
    }

    /// <summary>32 lowercase hex digits, random: the upload's address, unguessable.</summary>
    public string Id { get; private set; } = "";

    public int OrganizationId { get; private set; }

    /// <summary>The uploader's account: only they find the upload, and its rows may name only people they may log for.</summary>
    public int UserId { get; private set; }

    /// <summary>The name the browser gave the file (shown, never used as a path).</summary>
    public string FileName { get; private set; } = "";

    /// <summary>The file's size in bytes.</summary>
    public long Size { get; private set; }

    /// <summary>"the generic columns", a saved mapping's name, or the uploaded definition's file name.</summary>
    public string MappingName { get; private set; } = "";

    /// <summary>The mapping as JSON (<see cref="ActivityMappingJson"/>), fixed at upload.</summary>
    public string Mapping { get; private set; } = "";

    public ActivityImportStage Stage { get; private set; } = ActivityImportStage.Uploading;

    public bool SkipInvalid { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the preview was ready; null before. A preview left waiting too long is cancelled.</summary>
    public DateTimeOffset? PreviewedAt { get; private set; }

    /// <summary>Bytes read of the file so far; null before the first report.</summary>
    public long? BytesRead { get; private set; }

    /// <summary>Data rows read so far; null before the first report.</summary>
    public long? Rows { get; private set; }

    /// <summary>Whether the whole file is read and the database is storing the rows.</summary>
    public bool Storing { get; private set; }

    /// <summary>The preview as JSON, once ready.</summary>
    public string? Preview { get; private set; }

    /// <summary>The import's summary as JSON, once imported.</summary>
    public string? Summary { get; private set; }

    /// <summary>Why the file could not be read or stored (Failed), or why it was cancelled (Cancelled).</summary>
    public string? Error { get; private set; }

    /// <summary>The app instance doing the job's work now; empty while nobody need (previewed, or ended).</summary>
    public string Holder { get; private set; } = "";

    /// <summary>When <see cref="Holder"/> last said it is still working (UTC).</summary>
    public DateTimeOffset HeartbeatAt { get; private set; }

    /// <summary>Grows with every heartbeat and claim: a takeover succeeds only on the version it saw stale.</summary>
    public long Version { get; private set; }

    /// <summary>How many times another instance took the work over after its holder stopped.</summary>
    public int Takeovers { get; private set; }
}
