using System.Text.Json;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities.Import;

/// <summary>
/// Changes an upload's job in the database, each change one conditional UPDATE, so that two app
/// instances never both move a job on: only the holder (the instance doing the work) reports progress
/// and ends the work, the uploader's cancel wins only before the import starts, and a takeover wins
/// only on the version it saw stale. A false result means "someone else got there first". Times are
/// UTC; the organisation in scope limits everything except the sweeps, which run across organisations.
/// </summary>
public sealed class ActivityImportJobCommands(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>The size of a stored piece of a file: big enough to be few, small enough to read one at a time.</summary>
    public const int ChunkBytes = 1024 * 1024;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    /// <summary>
    /// Registers an upload of <paramref name="job"/>'s size, held by <paramref name="job"/>'s holder while
    /// its file is stored; false (and nothing kept) when the uploader's files waiting, this one included,
    /// would pass <paramref name="maxPendingBytes"/>. Two uploads at once both see each other, so neither slips under.
    /// </summary>
    public async Task<bool> CreateAsync(ActivityImportJob job, long maxPendingBytes, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        db.ActivityImportJobs.Add(job);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var waiting = await db.ActivityImportJobs
            .Where(j => j.UserId == job.UserId && ActivityImportStages.Holding.Contains(j.Stage))
            .SumAsync(j => j.Size, ct);
        if (waiting <= maxPendingBytes)
        {
            return true;
        }
        await db.ActivityImportJobs.Where(j => j.Id == job.Id).ExecuteDeleteAsync(ct);
        return false;
    }

    /// <summary>Stores the next piece of the file (<paramref name="index"/> from 0) of a job still being received.</summary>
    public async Task AppendAsync(string id, int index, ReadOnlyMemory<byte> data, CancellationToken ct = default)
    {
        db.Set<ActivityImportFileChunk>().Add(new ActivityImportFileChunk(id, index, data.ToArray()));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>The whole file is stored: the job waits to be checked by its holder. False when it no longer exists or moved on.</summary>
    public Task<bool> ReceivedAsync(string id, string holder, CancellationToken ct = default) =>
        MoveAsync(id, holder, ActivityImportStage.Uploading, s => s
            .SetProperty(j => j.Stage, ActivityImportStage.Previewing)
            .SetProperty(j => j.HeartbeatAt, Now())
            .SetProperty(j => j.Version, j => j.Version + 1), ct);

    /// <summary>The holder is still working, and has read this far (null: no report yet). False when the job is no longer its to work on (cancelled, or taken over): stop.</summary>
    public async Task<bool> BeatAsync(string id, string holder, ActivityImportProgress? progress, CancellationToken ct = default)
    {
        var now = Now();
        var running = db.ActivityImportJobs.Where(j => j.Id == id && j.Holder == holder && ActivityImportStages.Running.Contains(j.Stage));
        var changed = progress is null
            ? await running.ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, now).SetProperty(j => j.Version, j => j.Version + 1), ct)
            : await running.ExecuteUpdateAsync(s => s
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.Version, j => j.Version + 1)
                .SetProperty(j => j.BytesRead, progress.BytesRead)
                .SetProperty(j => j.Rows, progress.Rows)
                .SetProperty(j => j.Storing, progress.Storing), ct);
        return changed == 1;
    }

    /// <summary>The holder checked the file: the preview waits for the uploader (nobody holds the job meanwhile).</summary>
    public Task<bool> PreviewedAsync(string id, string holder, ActivityImportPreview preview, CancellationToken ct = default)
    {
        var json = JsonSerializer.Serialize(preview, Json);
        var now = Now();
        return MoveAsync(id, holder, ActivityImportStage.Previewing, s => s
            .SetProperty(j => j.Stage, ActivityImportStage.Previewed)
            .SetProperty(j => j.Preview, json)
            .SetProperty(j => j.PreviewedAt, now)
            .SetProperty(j => j.Holder, "")
            .SetProperty(j => j.Version, j => j.Version + 1), ct);
    }

    /// <summary>
    /// The uploader starts the import of a previewed file; <paramref name="holder"/> claims its work. False
    /// when it is not waiting for that (a second click, on this instance or another).
    /// </summary>
    public async Task<bool> StartImportAsync(string id, int userId, string holder, bool skipInvalid, CancellationToken ct = default)
    {
        var now = Now();
        return await db.ActivityImportJobs
            .Where(j => j.Id == id && j.UserId == userId && j.Stage == ActivityImportStage.Previewed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Stage, ActivityImportStage.Importing)
                .SetProperty(j => j.SkipInvalid, skipInvalid)
                .SetProperty(j => j.Holder, holder)
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.Version, j => j.Version + 1)
                .SetProperty(j => j.BytesRead, (long?)null)
                .SetProperty(j => j.Rows, (long?)null)
                .SetProperty(j => j.Storing, false), ct) == 1;
    }

    /// <summary>The holder imported the file: the summary is kept, the file deleted.</summary>
    public async Task<bool> ImportedAsync(string id, string holder, ActivityImportSummary summary, CancellationToken ct = default)
    {
        var json = JsonSerializer.Serialize(summary, Json);
        return await EndAsync(id, () => MoveAsync(id, holder, ActivityImportStage.Importing, s => s
            .SetProperty(j => j.Stage, ActivityImportStage.Imported)
            .SetProperty(j => j.Summary, json)
            .SetProperty(j => j.Storing, false)
            .SetProperty(j => j.Holder, "")
            .SetProperty(j => j.Version, j => j.Version + 1), ct), ct);
    }

    /// <summary>The work failed, saying why; only the holder (or, with a null holder, a takeover that gives up) ends it so. The file is deleted.</summary>
    public async Task<bool> FailAsync(string id, string? holder, string error, CancellationToken ct = default)
    {
        return await EndAsync(id, async () => await db.ActivityImportJobs
            .Where(j => j.Id == id && (holder == null || j.Holder == holder) && ActivityImportStages.Running.Contains(j.Stage))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Stage, ActivityImportStage.Failed)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.Storing, false)
                .SetProperty(j => j.Holder, "")
                .SetProperty(j => j.Version, j => j.Version + 1), ct) == 1, ct);
    }

    /// <summary>The uploader cancels a file not yet being imported, saying why: nothing is stored and the file is deleted. False when the import already started or ended.</summary>
    public async Task<bool> CancelAsync(string id, int userId, string why, CancellationToken ct = default)
    {
        return await EndAsync(id, async () => await db.ActivityImportJobs
            .Where(j => j.Id == id && j.UserId == userId && (j.Stage == ActivityImportStage.Previewing || j.Stage == ActivityImportStage.Previewed))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Stage, ActivityImportStage.Cancelled)
                .SetProperty(j => j.Error, why)
                .SetProperty(j => j.Holder, "")
                .SetProperty(j => j.Version, j => j.Version + 1), ct) == 1, ct);
    }

    /// <summary>
    /// Takes over the work of a job whose holder stopped beating, if it is still at the version <paramref name="job"/> was seen with
    /// (nobody beat or took it since it was seen stale). Of two instances trying at once, one wins.
    /// </summary>
    public async Task<bool> TakeOverAsync(StaleImportJob job, string holder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var now = Now();
        return await db.ActivityImportJobs
            .Where(j => j.Id == job.Id && j.Version == job.Version && ActivityImportStages.Running.Contains(j.Stage))
            .ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Holder, holder)
                .SetProperty(j => j.HeartbeatAt, now)
                .SetProperty(j => j.Takeovers, j => j.Takeovers + 1)
                .SetProperty(j => j.Version, j => j.Version + 1), ct) == 1;
    }

    /// <summary>The holder stops (the app is shutting down) before the work is done: the job is stale at once, for another instance to take over.</summary>
    public async Task<bool> ReleaseAsync(string id, string holder, CancellationToken ct = default) =>
        await db.ActivityImportJobs
            .Where(j => j.Id == id && j.Holder == holder && ActivityImportStages.Running.Contains(j.Stage))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.HeartbeatAt, DateTimeOffset.UnixEpoch).SetProperty(j => j.Version, j => j.Version + 1), ct) == 1;

    /// <summary>
    /// Across organisations: cancels previews left waiting longer than <paramref name="abandonAfter"/>
    /// (deleting their files, with <paramref name="why"/>), and forgets jobs older than <paramref name="keepFor"/>
    /// that nobody works on; returns how many jobs were cancelled or forgotten.
    /// </summary>
    public async Task<int> SweepAsync(TimeSpan abandonAfter, string why, TimeSpan keepFor, CancellationToken ct = default)
    {
        var now = Now();
        using var all = db.AcrossOrganizations();
        // Few rows (uploads of the last two hours): times compare here, the same on every provider.
        var jobs = await db.ActivityImportJobs
            .Select(j => new { j.Id, j.Stage, j.PreviewedAt, j.CreatedAt, j.HeartbeatAt })
            .ToListAsync(ct);
        var swept = 0;
        foreach (var job in jobs.Where(j => j.Stage == ActivityImportStage.Previewed && now - j.PreviewedAt > abandonAfter))
        {
            swept += await EndAsync(job.Id, async () => await db.ActivityImportJobs
                .Where(j => j.Id == job.Id && j.Stage == ActivityImportStage.Previewed)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Stage, ActivityImportStage.Cancelled).SetProperty(j => j.Error, why), ct) == 1, ct) ? 1 : 0;
        }
        // A running job is forgotten only once it is stale too, by then failed by a takeover first.
        var old = jobs.Where(j => now - j.CreatedAt > keepFor && !ActivityImportStages.IsRunning(j.Stage)).Select(j => j.Id).ToList();
        if (old.Count > 0)
        {
            swept += await db.ActivityImportJobs.Where(j => old.Contains(j.Id) && !ActivityImportStages.Running.Contains(j.Stage)).ExecuteDeleteAsync(ct);
        }
        // Files of ended jobs whose holder stopped between ending the job and deleting its file.
        await db.Set<ActivityImportFileChunk>()
            .Where(c => db.ActivityImportJobs.Any(j => j.Id == c.JobId && !ActivityImportStages.Holding.Contains(j.Stage)))
            .ExecuteDeleteAsync(ct);
        return swept;
    }

    /// <summary>Across organisations: running jobs whose holder has not beaten for <paramref name="staleAfter"/>.</summary>
    public async Task<IReadOnlyList<StaleImportJob>> StaleAsync(TimeSpan staleAfter, CancellationToken ct = default)
    {
        var now = Now();
        using var all = db.AcrossOrganizations();
        var running = await db.ActivityImportJobs
            .Where(j => ActivityImportStages.Running.Contains(j.Stage))
            .Select(j => new { Job = new StaleImportJob(j.Id, j.OrganizationId, j.UserId, j.Stage, j.Version, j.Takeovers, j.Holder), j.HeartbeatAt })
            .ToListAsync(ct);
        return [.. running.Where(r => now - r.HeartbeatAt > staleAfter).Select(r => r.Job)];
    }

    private Task<bool> MoveAsync(string id, string holder, ActivityImportStage from,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ActivityImportJob>> set, CancellationToken ct) =>
        MoveCoreAsync(db.ActivityImportJobs.Where(j => j.Id == id && j.Holder == holder && j.Stage == from), set, ct);

    private static async Task<bool> MoveCoreAsync(IQueryable<ActivityImportJob> jobs, Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<ActivityImportJob>> set, CancellationToken ct) =>
        await jobs.ExecuteUpdateAsync(set, ct) == 1;

    /// <summary>Ends a job by <paramref name="end"/> and, if it did, deletes its file, in one transaction: an ended job never shows with its file.</summary>
    private async Task<bool> EndAsync(string id, Func<Task<bool>> end, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await end())
        {
            return false;
        }
        await db.Set<ActivityImportFileChunk>().Where(c => c.JobId == id).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private DateTimeOffset Now() => clock.GetUtcNow().ToUniversalTime();
}
