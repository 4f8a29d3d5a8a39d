using Gameplan.Core.Notifications;
using Gameplan.Core.Scheduling;
using Gameplan.Core.Webhooks;

namespace Gameplan.Web.Notifications;

/// <summary>
/// The background work of the web host: every <c>Notifications:IntervalSeconds</c> (60 by default) it takes
/// the database lease of each job (digests, then webhook deliveries) and runs it, so two app instances never
/// run the same job at once. <c>Notifications:Scheduler=false</c> turns it off (tests run the jobs themselves);
/// <c>Notifications:BaseUrl</c> starts the links of organisations that set none.
/// </summary>
internal sealed class NotificationScheduler(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<NotificationScheduler> log) : BackgroundService
{
    public const string Digests = "digests";
    public const string Webhooks = "webhooks";
    public const string CheckInsMissed = "check-ins-missed";

    private static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(10);
    private readonly string _holder = SchedulerLeases.NewHolder();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Notifications:Scheduler", true))
        {
            return;
        }
        var interval = TimeSpan.FromSeconds(Math.Max(5, configuration.GetValue("Notifications:IntervalSeconds", 60)));
        using var timer = new PeriodicTimer(interval);
        do
        {
            await RunJobAsync(Digests, async (services, ct) =>
            {
                var result = await services.GetRequiredService<DigestRun>().RunAsync(BaseUrl(), ct: ct);
                if (result.Sent + result.Failed > 0)
                {
                    log.LogInformation("Digests: {Sent} sent, {Failed} failed, {Empty} with nothing new", result.Sent, result.Failed, result.Empty);
                }
            }, stoppingToken);
            await RunJobAsync(CheckInsMissed, async (services, ct) => await services.GetRequiredService<CheckInMissedRun>().RunAsync(ct), stoppingToken);
            await RunJobAsync(Webhooks, async (services, ct) => await services.GetRequiredService<WebhookDeliveryRun>().RunAsync(ct), stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private string BaseUrl() => configuration["Notifications:BaseUrl"] ?? configuration["urls"]?.Split(';')[0] ?? "http://localhost:5000";

    private async Task RunJobAsync(string name, Func<IServiceProvider, CancellationToken, Task> job, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var leases = scope.ServiceProvider.GetRequiredService<SchedulerLeases>();
            scope.ServiceProvider.GetRequiredService<Core.Data.GameplanDbContext>().UseAllOrganizations();
            if (!await leases.TryTakeAsync(name, _holder, LeaseLength, ct))
            {
                return;
            }
            try
            {
                await job(scope.ServiceProvider, ct);
            }
            finally
            {
                await leases.ReleaseAsync(name, _holder, CancellationToken.None);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One failed run must not stop the scheduler; the next tick tries again.
            log.LogError(e, "The {Job} job failed", name);
        }
    }
}
