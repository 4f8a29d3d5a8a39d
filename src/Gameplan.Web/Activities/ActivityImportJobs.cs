using System.Collections.Concurrent;
using System.Security.Cryptography;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;

namespace Gameplan.Web.Activities;

/// <summary>
/// Uploaded activity files and their background preview and import, in memory (one app instance):
/// each runs on its own DI scope with the database scoped to the uploading organisation, reports
/// progress the page polls, and is forgotten, with its temporary file, <see cref="KeepFor"/> after
/// the upload or when the app stops.
/// </summary>
public sealed class ActivityImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ActivityImportJobs> log) : IDisposable
{
    /// <summary>How long an upload and its result stay available.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(2);

    /// <summary>Preview rows shown before importing.</summary>
    public const int PreviewRows = 20;

    private readonly ConcurrentDictionary<string, ActivityImportJob> _jobs = new(StringComparer.Ordinal);

    /// <summary>Registers an uploaded file and starts checking it.</summary>
    public ActivityImportJob Start(int organizationId, ActivityImportUploader uploader, string fileName, string path, long size, string mappingName, ActivityMapping mapping)
    {
        Sweep();
        var job = new ActivityImportJob(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), organizationId, uploader, fileName, path, size, mappingName, mapping);
        _jobs[job.Id] = job;
        Run(job, async (services, file, ct) =>
        {
            var preview = await services.GetRequiredService<ActivityImportQueries>()
                .PreviewCsvAsync(file, new ActivityImportOptions { Mapping = job.Mapping, TotalBytes = job.Size, Importer = job.Uploader.Actor }, PreviewRows, new Sink(job), ct);
            job.Previewed(preview);
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
        });
        return true;
    }

    public void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            Delete(job);
        }
        _jobs.Clear();
    }

    private void Run(ActivityImportJob job, Func<IServiceProvider, Stream, CancellationToken, Task> work) =>
        _ = Task.Run(async () =>
        {
            var ct = lifetime.ApplicationStopping;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<GameplanDbContext>().OrganizationScope = job.OrganizationId;
                await using var file = new FileStream(job.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
                await work(scope.ServiceProvider, file, ct);
            }
            catch (ActivityFileException e)
            {
                job.Failed(e.Message);
            }
            catch (Domain.DomainRuleException e)
            {
                job.Failed(e.Message);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
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
        });

    /// <summary>Forgets jobs older than <see cref="KeepFor"/> that are not running, and deletes their files.</summary>
    private void Sweep()
    {
        foreach (var job in _jobs.Values.Where(j => !j.IsRunning && DateTimeOffset.UtcNow - j.Created > KeepFor))
        {
            if (_jobs.TryRemove(job.Id, out _))
            {
                Delete(job);
            }
        }
    }

    private static void Delete(ActivityImportJob job)
    {
        try
        {
            File.Delete(job.Path);
        }
        catch (IOException)
        {
            // Still open by a running job at shutdown: the OS temp cleaner takes it.
        }
    }

    /// <summary>Progress straight onto the job (no synchronisation context to post to).</summary>
    private sealed class Sink(ActivityImportJob job) : IProgress<ActivityImportProgress>
    {
        public void Report(ActivityImportProgress value) => job.Report(value);
    }
}
