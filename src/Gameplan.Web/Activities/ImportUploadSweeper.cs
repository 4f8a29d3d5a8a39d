namespace Gameplan.Web.Activities;

/// <summary>
/// Keeps upload files from piling up: at start-up deletes what instances that crashed left behind
/// (<see cref="ImportUploadFolder.SweepLeftovers"/>), then every minute cancels previews left
/// waiting too long (<see cref="ActivityImportJobs.Sweep"/>), deleting their files.
/// </summary>
public sealed class ImportUploadSweeper(ImportUploadFolder folder, ActivityImportJobs jobs, TimeProvider clock, ILogger<ImportUploadSweeper> log) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromMinutes(1);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Before the app takes requests: nothing of this instance exists yet to be swept by mistake.
        if (folder.SweepLeftovers() is > 0 and var swept)
        {
            log.LogInformation("Deleted {Count} upload folder(s) or file(s) left by an earlier run in {Folder}.", swept, folder.Root);
        }
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                jobs.Sweep(clock.GetUtcNow());
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping; the jobs delete their files as they are disposed.
        }
    }
}
