using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;

namespace Gameplan.Web.Activities;

/// <summary>
/// Uploaded activity files and their background preview and import, in memory (one app instance):
/// each runs on its own DI scope with the database scoped to the uploading organisation, and reports
/// progress the page polls. An upload's file is deleted as soon as the file is no longer needed:
/// imported, failed, cancelled by its uploader, or previewed and left waiting longer than
/// <c>Imports:AbandonPreviewAfterMinutes</c> (default 60). Files still waiting count against their
/// uploader's <c>Imports:MaxPendingBytesPerPerson</c> (default 512 MB), so nobody fills the disk by
/// uploading and walking away. A job (its summary, without the file) is forgotten <see cref="KeepFor"/>
/// after the upload.
/// </summary>
public sealed class ActivityImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ImportUploadFolder folder,
    TimeProvider clock, IConfiguration configuration, ILogger<ActivityImportJobs> log, Hosting.GameplanMetrics metrics) : IDisposable
{
    public const string MaxPendingSetting = "Imports:MaxPendingBytesPerPerson";

    public const long DefaultMaxPendingBytes = 512L * 1024 * 1024;

    public const string AbandonSetting = "Imports:AbandonPreviewAfterMinutes";

    public const int DefaultAbandonMinutes = 60;

    /// <summary>How long an upload's result stays available.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);

    /// <summary>Preview rows shown before importing.</summary>
    public const int PreviewRows = 20;

    private readonly ConcurrentDictionary<string, ActivityImportJob> _jobs = new(StringComparer.Ordinal);

    // Checking the cap and registering the upload happen together, so two uploads at once cannot both slip under it.
    private readonly Lock _starting = new();

    /// <summary>The most bytes of files one person may have waiting (previewed or being imported).</summary>
    public long MaxPendingBytes => configuration.GetValue<long?>(MaxPendingSetting) ?? DefaultMaxPendingBytes;

    public TimeSpan AbandonAfter => TimeSpan.FromMinutes(configuration.GetValue<int?>(AbandonSetting) ?? DefaultAbandonMinutes);

    /// <summary>Where uploads are written before <see cref="Start"/>.</summary>
    public string NewFile() => folder.NewFile();

    /// <summary>The uploads of <paramref name="userId"/> whose files are still kept, oldest first.</summary>
    public IReadOnlyList<ActivityImportJob> Pending(int organizationId, int userId) =>
        [.. _jobs.Values.Where(j => j.OrganizationId == organizationId && j.Uploader.UserId == userId && j.HoldsFile).OrderBy(j => j.Created)];

    /// <summary>Why <paramref name="userId"/> may not add a file of <paramref name="size"/> bytes now; null when they may.</summary>
    public string? RefusalFor(int organizationId, int userId, long size)
    {
        var pending = Pending(organizationId, userId);
        var waiting = pending.Sum(j => j.Size);
        return waiting + size <= MaxPendingBytes ? null
            : pending.Count == 0
                ? $"This file is {ImportWording.Size(size)}; at most {ImportWording.Size(MaxPendingBytes)} of uploads may wait for one person. Split it, or use `gameplan import activities` on the server."
                : $"You have {pending.Count} {(pending.Count == 1 ? "upload" : "uploads")} waiting ({ImportWording.Size(waiting)}); with this file ({ImportWording.Size(size)}) that would pass the {ImportWording.Size(MaxPendingBytes)} allowed per person. Import or cancel a waiting upload first.";
    }

    /// <summary>
    /// Registers the file uploaded to <paramref name="path"/> and starts checking it; null (and the
    /// file deleted) when its uploader already has too much waiting (<see cref="RefusalFor"/>).
    /// </summary>
    public ActivityImportJob? Start(int organizationId, ActivityImportUploader uploader, string fileName, string path, long size, string mappingName, ActivityMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(uploader);
        Sweep(clock.GetUtcNow());
        var job = new ActivityImportJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), organizationId, uploader, fileName, path, size, mappingName, mapping, clock.GetUtcNow());
        lock (_starting)
        {
            if (RefusalFor(organizationId, uploader.UserId, size) is not null)
            {
                TryDelete(path);
                return null;
            }
            _jobs[job.Id] = job;
        }
        Run(job, async (services, file, ct) =>
        {
            var preview = await services.GetRequiredService<ActivityImportQueries>()
                .PreviewCsvAsync(file, new ActivityImportOptions { Mapping = job.Mapping, TotalBytes = job.Size, Importer = job.Uploader.Actor }, PreviewRows, new Sink(job), ct);
            job.Previewed(preview, clock.GetUtcNow());
        });
        return job;
    }

    /// <summary>The job with this id if <paramref name="userId"/> of <paramref name="organizationId"/> uploaded it; null otherwise (someone else's upload does not exist for you).</summary>
    public ActivityImportJob? Find(string? id, int organizationId, int userId) =>
        id is not null && _jobs.TryGetValue(id, out var job) && job.OrganizationId == organizationId && job.Uploader.UserId == userId ? job : null;

    /// <summary>Any job by id, whoever uploaded it (tests that put a job into a given state).</summary>
    internal ActivityImportJob? Peek(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Starts importing a previewed file; false when it is not waiting for that.</summary>
    public bool Import(ActivityImportJob job, bool skipInvalid)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (!job.StartImport(skipInvalid))
        {
            return false;
        }
        Run(job, async (services, file, ct) =>
        {
            var summary = await services.GetRequiredService<ActivityImportCommands>()
                .ImportCsvAsync(file, new ActivityImportOptions { Mapping = job.Mapping, SkipInvalid = skipInvalid, TotalBytes = job.Size, Importer = job.Uploader.Actor }, new Sink(job), ct);
            job.Imported(summary);
            metrics.RowsImported(summary.Imported);
        });
        return true;
    }

    /// <summary>The uploader cancels a file not yet being imported: nothing is stored and the file is deleted. False when the import already started or ended.</summary>
    public bool Cancel(ActivityImportJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        var cancelled = job.Cancel("You cancelled this upload: nothing was imported and the file is deleted.");
        if (cancelled)
        {
            // A preview still reading the file opened it with FileShare.Delete, and stops at its next batch.
            DeleteIfDone(job);
        }
        return cancelled;
    }

    /// <summary>
    /// Cancels previews left waiting longer than <see cref="AbandonAfter"/> (deleting their files) and
    /// forgets jobs older than <see cref="KeepFor"/> that are not running. Runs on every upload and
    /// every minute (<see cref="ImportUploadSweeper"/>).
    /// </summary>
    internal void Sweep(DateTimeOffset now)
    {
        foreach (var job in _jobs.Values.Where(j => j.Stage == ActivityImportStage.Previewed && now - j.PreviewedAt > AbandonAfter))
        {
            if (job.Cancel($"This upload waited more than {ImportWording.Minutes(AbandonAfter)} without being imported, so its file was deleted and nothing was imported. Upload it again to import it."))
            {
                DeleteIfDone(job);
            }
        }
        foreach (var job in _jobs.Values.Where(j => !j.IsRunning && now - j.Created > KeepFor))
        {
            if (_jobs.TryRemove(job.Id, out _))
            {
                TryDelete(job.Path);
            }
        }
    }

    public void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            TryDelete(job.Path);
        }
        _jobs.Clear();
    }

    private void Run(ActivityImportJob job, Func<IServiceProvider, Stream, CancellationToken, Task> work) =>
        _ = Task.Run(async () =>
        {
            var stopping = lifetime.ApplicationStopping;
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping, job.Cancellation);
            metrics.ImportStarted();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<GameplanDbContext>().OrganizationScope = job.OrganizationId;
                await using var file = new FileStream(job.Path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
                await work(scope.ServiceProvider, file, stop.Token);
            }
            catch (ActivityFileException e)
            {
                job.Failed(e.Message);
            }
            catch (Domain.DomainRuleException e)
            {
                job.Failed(e.Message);
            }
            catch (OperationCanceledException) when (job.Stage == ActivityImportStage.Cancelled)
            {
                // The uploader cancelled; the job already says so.
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                job.Failed("The server stopped before the file was done; nothing was imported. Upload it again.");
            }
#pragma warning disable CA1031 // A background job must record any failure instead of dying unseen.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogError(e, "Activity import {Job} failed", job.Id);
                job.Failed("The file could not be processed because of an unexpected error; nothing was imported.");
            }
            finally
            {
                metrics.ImportEnded();
            }
            DeleteIfDone(job);
        });

    /// <summary>Deletes the file of a job that no longer needs it (imported, failed or cancelled).</summary>
    private static void DeleteIfDone(ActivityImportJob job)
    {
        if (!job.HoldsFile)
        {
            TryDelete(job.Path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Still open somewhere: the instance's folder goes when it stops, or at the next start-up.
        }
    }

    /// <summary>Progress straight onto the job (no synchronisation context to post to).</summary>
    private sealed class Sink(ActivityImportJob job) : IProgress<ActivityImportProgress>
    {
        public void Report(ActivityImportProgress value) => job.Report(value);
    }
}
