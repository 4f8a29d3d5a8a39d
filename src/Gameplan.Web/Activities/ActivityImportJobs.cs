using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gameplan.Core.Activities.Import;
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
public sealed partial class ActivityImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, AppInstance instance,
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
}
