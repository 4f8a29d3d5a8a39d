namespace Gameplan.Web.Activities;

/// <summary>
/// On every instance, at start-up and every few seconds: takes over import jobs whose instance stopped
/// (a crash, kill -9, a machine gone), cancels previews left waiting too long and forgets old jobs,
/// deleting their files (<see cref="ActivityImportJobs.SweepAsync"/>).
/// </summary>
public sealed class ImportUploadSweeper(ActivityImportJobs jobs, ILogger<ImportUploadSweeper> log) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            do
            {
                try
                {
                    await jobs.SweepAsync(stoppingToken);
                }
#pragma warning disable CA1031 // The database may be away for a moment; the next round tries again.
                catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    log.LogWarning(e, "Sweeping activity import jobs failed; trying again in {Period}.", Period);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The app is stopping; its running jobs hand themselves over.
        }
    }
}
