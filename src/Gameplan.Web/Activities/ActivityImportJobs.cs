using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gameplan.Core.Accounts;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Gameplan.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Activities;

/// <summary>
/// Runs the preview and import of uploaded activity files. The jobs and their files live in the database
/// (<see cref="ActivityImportJobCommands"/>), so any app instance shows an upload's progress and result;
/// the work runs on the instance that claimed it (the one that took the upload, or the import click),
/// on its own DI scope with the database scoped to the uploading organisation, beating the job's
/// heartbeat (with its progress) every second. A job whose instance stopped beating for
/// <c>Imports:StaleAfterSeconds</c> (60) is taken over by another instance and run again (checking and
/// importing are repeatable: importing the same file twice stores nothing twice), at most
/// <see cref="MaxTakeovers"/> times; then it fails with a reason. A file is deleted as soon as it is no
/// longer needed; files still waiting count against their uploader's <c>Imports:MaxPendingBytesPerPerson</c>,
/// and previews left waiting longer than <c>Imports:AbandonPreviewAfterMinutes</c> are cancelled
/// (<see cref="ImportUploadSweeper"/>). A job is forgotten <see cref="KeepFor"/> after the upload.
/// </summary>
public sealed class ActivityImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, AppInstance instance,
    TimeProvider clock, IConfiguration configuration, ILogger<ActivityImportJobs> log, GameplanMetrics metrics)
{
    public const string MaxPendingSetting = "Imports:MaxPendingBytesPerPerson";

    public const long DefaultMaxPendingBytes = 512L * 1024 * 1024;

    public const string AbandonSetting = "Imports:AbandonPreviewAfterMinutes";

    public const int DefaultAbandonMinutes = 60;

    public const string StaleSetting = "Imports:StaleAfterSeconds";

    /// <summary>How many times a job is taken over after its instance stopped, before it fails instead.</summary>
    public const int MaxTakeovers = 2;

    /// <summary>How long an upload's result stays available.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);

    /// <summary>How often a running job's holder beats (and writes its progress).</summary>
    public static readonly TimeSpan BeatEvery = TimeSpan.FromSeconds(1);

    /// <summary>Preview rows shown before importing.</summary>
    public const int PreviewRows = 20;

    // Jobs this instance works on now: their live progress, and how to stop them.
    private readonly ConcurrentDictionary<string, LocalRun> _running = new(StringComparer.Ordinal);

    /// <summary>The most bytes of files one person may have waiting (being received, checked, previewed or imported).</summary>
    public long MaxPendingBytes => configuration.GetValue<long?>(MaxPendingSetting) ?? DefaultMaxPendingBytes;

    public TimeSpan AbandonAfter => TimeSpan.FromMinutes(configuration.GetValue<int?>(AbandonSetting) ?? DefaultAbandonMinutes);

    /// <summary>A job whose holder has not beaten for this long is taken over.</summary>
    public TimeSpan StaleAfter => TimeSpan.FromSeconds(configuration.GetValue<int?>(StaleSetting) ?? 60);

    /// <summary>This instance, as jobs name their holder.</summary>
    public string Holder => instance.Holder;

    /// <summary>Why a person with <paramref name="pending"/> waiting may not add a file of <paramref name="size"/> bytes now; null when they may.</summary>
    public string? RefusalFor(IReadOnlyList<ActivityImportJobDetails> pending, long size)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var waiting = pending.Sum(j => j.Size);
        return waiting + size <= MaxPendingBytes ? null
            : pending.Count == 0
                ? $"This file is {ImportWording.Size(size)}; at most {ImportWording.Size(MaxPendingBytes)} of uploads may wait for one person. Split it, or use `gameplan import activities` on the server."
                : $"You have {pending.Count} {(pending.Count == 1 ? "upload" : "uploads")} waiting ({ImportWording.Size(waiting)}); with this file ({ImportWording.Size(size)}) that would pass the {ImportWording.Size(MaxPendingBytes)} allowed per person. Import or cancel a waiting upload first.";
    }

    /// <summary>
    /// Stores the uploaded <paramref name="file"/> in the database and starts checking it here; null (and
    /// nothing kept) when its uploader already has too much waiting. <paramref name="commands"/> are the request's.
    /// </summary>
    public async Task<string?> StartAsync(ActivityImportJobCommands commands, int organizationId, int userId, string fileName, Stream file, long size,
        string mappingName, ActivityMapping mapping, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        ArgumentNullException.ThrowIfNull(file);
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var job = new ActivityImportJob(id, organizationId, userId, fileName, size, mappingName, ActivityMappingJson.Write(mapping), Holder, clock.GetUtcNow().ToUniversalTime());
        if (!await commands.CreateAsync(job, MaxPendingBytes, ct))
        {
            return null;
        }
        try
        {
            var buffer = new byte[ActivityImportJobCommands.ChunkBytes];
            var lastBeat = clock.GetUtcNow();
            for (var index = 0; await file.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, ct) is > 0 and var read; index++)
            {
                await commands.AppendAsync(id, index, buffer.AsMemory(0, read), ct);
                if (clock.GetUtcNow() - lastBeat > BeatEvery * 5)
                {
                    await commands.BeatAsync(id, Holder, null, ct);
                    lastBeat = clock.GetUtcNow();
                }
            }
            await commands.ReceivedAsync(id, Holder, ct);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException or DbUpdateException)
        {
            // A copy cut short (the browser went away) leaves no half file behind to be checked.
            await commands.FailAsync(id, Holder, "The upload was cut off before the whole file was stored; nothing was imported. Upload it again.", CancellationToken.None);
            throw;
        }
        Run(id, organizationId, userId, import: false);
        return id;
    }

    /// <summary>The job as the database says, with this instance's live progress when it runs it here.</summary>
    public ActivityImportJobDetails Live(ActivityImportJobDetails job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.IsRunning && _running.TryGetValue(job.Id, out var run) && run.Progress is { } progress ? job with { Progress = progress } : job;
    }

    /// <summary>Starts importing a previewed file here; false when it is not waiting for that (a second click, here or on another instance).</summary>
    public async Task<bool> ImportAsync(ActivityImportJobCommands commands, int organizationId, int userId, string id, bool skipInvalid, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (!await commands.StartImportAsync(id, userId, Holder, skipInvalid, ct))
        {
            return false;
        }
        Run(id, organizationId, userId, import: true);
        return true;
    }

    /// <summary>The uploader cancels a file not yet being imported: nothing is stored and the file is deleted. False when the import already started or ended.</summary>
    public async Task<bool> CancelAsync(ActivityImportJobCommands commands, int userId, string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commands);
        if (!await commands.CancelAsync(id, userId, "You cancelled this upload: nothing was imported and the file is deleted.", ct))
        {
            return false;
        }
        // A check running here stops at once; on another instance, at its next beat.
        if (_running.TryGetValue(id, out var run))
        {
            await run.StopAsync();
        }
        return true;
    }

    /// <summary>
    /// Cancels previews left waiting too long, forgets old jobs, and takes over the jobs whose instance
    /// stopped beating (not this instance's own: a SQLite import cannot beat while it holds the write lock).
    /// Runs at start-up and every few seconds on every instance (<see cref="ImportUploadSweeper"/>); each step is a conditional UPDATE, so instances do not collide.
    /// </summary>
    public async Task SweepAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var commands = scope.ServiceProvider.GetRequiredService<ActivityImportJobCommands>();
        await commands.SweepAsync(AbandonAfter,
            $"This upload waited more than {ImportWording.Minutes(AbandonAfter)} without being imported, so its file was deleted and nothing was imported. Upload it again to import it.",
            KeepFor, ct);
        foreach (var stale in await commands.StaleAsync(StaleAfter, ct))
        {
            if (_running.ContainsKey(stale.Id))
            {
                continue;
            }
            await using var own = Scoped(stale.OrganizationId);
            await TakeOverAsync(own.ServiceProvider.GetRequiredService<ActivityImportJobCommands>(), stale, ct);
        }
    }

    private async Task TakeOverAsync(ActivityImportJobCommands commands, Core.Activities.Import.StaleImportJob stale, CancellationToken ct)
    {
        if (stale.Stage == ActivityImportStage.Uploading)
        {
            await commands.FailAsync(stale.Id, stale.Holder, "The upload was cut off before the whole file was stored: the server receiving it stopped. Nothing was imported; upload it again.", ct);
            return;
        }
        if (stale.Takeovers >= MaxTakeovers)
        {
            var why = stale.Stage == ActivityImportStage.Importing
                ? $"The servers importing this file stopped {stale.Takeovers + 1} times before it was done, so it was given up. Check My day for what was stored; importing the same file again never stores a row twice."
                : $"The servers checking this file stopped {stale.Takeovers + 1} times before it was done, so it was given up; nothing was imported. Upload it again, or split it.";
            await commands.FailAsync(stale.Id, stale.Holder, why, ct);
            log.LogWarning("Activity import {Job} given up after {Takeovers} takeovers", stale.Id, stale.Takeovers);
            return;
        }
        if (await commands.TakeOverAsync(stale, Holder, ct))
        {
            log.LogInformation("Took over activity import {Job} ({Stage}) from {Holder}, whose heartbeat stopped", stale.Id, stale.Stage, stale.Holder);
            Run(stale.Id, stale.OrganizationId, stale.UserId, import: stale.Stage == ActivityImportStage.Importing);
        }
    }

    private void Run(string id, int organizationId, int userId, bool import)
    {
        var run = new LocalRun();
        _running[id] = run;
        _ = Task.Run(async () =>
        {
            try
            {
                await RunAsync(id, organizationId, userId, import, run);
            }
#pragma warning disable CA1031 // Recording the end failed too (the database is away or busy): the job goes stale and is taken over.
            catch (Exception e)
#pragma warning restore CA1031
            {
                log.LogWarning(e, "Could not record the end of activity import {Job}; another instance will take it over once its heartbeat is stale.", id);
            }
        });
    }

    private async Task RunAsync(string id, int organizationId, int userId, bool import, LocalRun run)
    {
        var stopping = lifetime.ApplicationStopping;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stopping, run.Lost);
        metrics.ImportStarted();
        // Three contexts: the work (one long transaction when importing), the file's pieces, and the job's own row.
        await using var work = Scoped(organizationId);
        await using var reading = Scoped(organizationId);
        await using var state = Scoped(organizationId);
        var jobs = state.ServiceProvider.GetRequiredService<ActivityImportJobCommands>();
        try
        {
            var accounts = work.ServiceProvider.GetRequiredService<AccountCommands>();
            var user = await accounts.FindAsync(userId, stop.Token)
                ?? throw new Domain.DomainRuleException("The account that uploaded this file is no longer active; nothing was imported.");
            var options = new ActivityImportOptions
            {
                Importer = await accounts.ActorAsync(user, stop.Token),
                Mapping = await reading.ServiceProvider.GetRequiredService<ActivityImportJobQueries>().MappingAsync(id, stop.Token) ?? ActivityMapping.Generic,
            };
            await using var file = await reading.ServiceProvider.GetRequiredService<ActivityImportJobQueries>().OpenFileAsync(id, stop.Token);
            options = options with { TotalBytes = file.Length };
            // SQLite has one write lock, which the import holds until it commits: no beat can be written
            // meanwhile, and none is needed (one instance; its own jobs are never taken over).
            var beat = !(import && work.ServiceProvider.GetRequiredService<GameplanDbContext>().Database.IsSqlite());
            using var beating = new CancellationTokenSource();
            var beats = beat ? BeatAsync(jobs, id, run, beating.Token) : Task.CompletedTask;
            try
            {
                if (import)
                {
                    var summary = await work.ServiceProvider.GetRequiredService<ActivityImportCommands>().ImportCsvAsync(file, options with { SkipInvalid = await SkipInvalidAsync(state, id, stop.Token) }, run, stop.Token);
                    await beating.CancelAsync();
                    await beats;
                    await jobs.ImportedAsync(id, Holder, summary, CancellationToken.None);
                    metrics.RowsImported(summary.Imported);
                }
                else
                {
                    var preview = await work.ServiceProvider.GetRequiredService<ActivityImportQueries>().PreviewCsvAsync(file, options, PreviewRows, run, stop.Token);
                    await beating.CancelAsync();
                    await beats;
                    await jobs.PreviewedAsync(id, Holder, preview, CancellationToken.None);
                }
            }
            finally
            {
                await beating.CancelAsync();
                await beats;
            }
        }
        catch (Exception e) when (e is ActivityFileException or Domain.DomainRuleException)
        {
            await jobs.FailAsync(id, Holder, e.Message, CancellationToken.None);
        }
        catch (OperationCanceledException) when (run.Lost.IsCancellationRequested)
        {
            // Cancelled by the uploader, or taken over by another instance: the job already says so.
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Hand the job over at once instead of letting another instance wait for the heartbeat to go stale.
            await jobs.ReleaseAsync(id, Holder, CancellationToken.None);
        }
#pragma warning disable CA1031 // A background job must record any failure instead of dying unseen.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "Activity import {Job} failed", id);
            await jobs.FailAsync(id, Holder, "The file could not be processed because of an unexpected error; nothing was imported.", CancellationToken.None);
        }
        finally
        {
            _running.TryRemove(id, out _);
            metrics.ImportEnded();
        }
    }

    /// <summary>Beats every second with the latest progress until stopped; a refused beat (cancelled, or taken over) stops the work.</summary>
    private async Task BeatAsync(ActivityImportJobCommands jobs, string id, LocalRun run, CancellationToken ct)
    {
        try
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(BeatEvery, ct);
                bool mine;
                try
                {
                    mine = await jobs.BeatAsync(id, Holder, run.Progress, ct);
                }
                catch (Exception e) when (DatabaseBusy.Is(e))
                {
                    continue; // the next beat tries again; a few missed ones are far from stale
                }
                if (!mine)
                {
                    await run.StopAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The work ended.
        }
    }

    private static async Task<bool> SkipInvalidAsync(AsyncServiceScope scope, string id, CancellationToken ct) =>
        (await scope.ServiceProvider.GetRequiredService<ActivityImportJobQueries>().SkipInvalidAsync(id, ct)) ?? false;

    private AsyncServiceScope Scoped(int organizationId)
    {
        var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GameplanDbContext>().OrganizationScope = organizationId;
        return scope;
    }

    /// <summary>A job running here: its latest progress (straight from the import, no synchronisation context) and its stop switch.</summary>
#pragma warning disable CA1001 // The source has no timer to free, and a cancel from a request may still reach it after the run ends.
    private sealed class LocalRun : IProgress<ActivityImportProgress>
#pragma warning restore CA1001
    {
        private readonly CancellationTokenSource _lost = new();

        public ActivityImportProgress? Progress { get; private set; }

        /// <summary>Cancelled when the job is no longer this instance's to work on.</summary>
        public CancellationToken Lost => _lost.Token;

        public void Report(ActivityImportProgress value) => Progress = value;

        public Task StopAsync() => _lost.CancelAsync();
    }
}
