using Gameplan.Core.Accounts;
using Gameplan.Core.Data;

namespace Gameplan.Web.Hosting.Security;

/// <summary>
/// Writes the token uses <see cref="TokenUse"/> noted, every <see cref="Period"/> and when the app
/// stops, on its own scope: never on a request. A busy database (a long import holding SQLite's
/// write lock) only delays the write to the next round.
/// </summary>
public sealed class TokenUseWriter(TokenUse use, IServiceScopeFactory scopes, ILogger<TokenUseWriter> log) : BackgroundService
{
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    /// <summary>Writes what is waiting now; false when the database refused it (the uses wait for the next round).</summary>
    public async Task<bool> FlushAsync(CancellationToken ct = default)
    {
        var uses = use.Take();
        if (uses.Count == 0)
        {
            return true;
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TokenCommands>().RecordUseAsync(uses, ct);
            return true;
        }
        catch (Exception e)
        {
            // Kept for the next round whatever went wrong: an exception escaping a background service stops the app.
            use.Return(uses);
            if (DatabaseBusy.Is(e) || e is OperationCanceledException)
            {
                log.LogInformation("Token last-use times wait for the next round: the database is busy.");
            }
            else
            {
                log.LogWarning(e, "Token last-use times could not be written; trying again in {Period}.", Period);
            }
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }
}
