using Gameplan.Core.Accounts;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Web.Activities;

/// <summary>The work of a job on this instance: checking or importing its file while beating its heartbeat.</summary>
public sealed partial class ActivityImportJobs
{
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
            // Only this run's entry: the job may already run here again (the import clicked right after the check).
            _running.TryRemove(KeyValuePair.Create(id, run));
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
