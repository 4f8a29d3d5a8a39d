using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Scheduling;

/// <summary>
/// Takes and gives back the lease of a background job. Taking is one UPDATE that succeeds only when the
/// lease has lapsed or is already ours, so of two instances asking at once exactly one gets it (PostgreSQL
/// re-checks the condition after the other's commit; SQLite runs one write at a time). Times are UTC.
/// </summary>
public sealed class SchedulerLeases(GameplanDbContext db, TimeProvider clock)
{
    /// <summary>A holder name for this process: machine, process id and a random part (two hosts in one process differ).</summary>
    public static string NewHolder() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Takes (or renews) the lease <paramref name="name"/> for <paramref name="duration"/>; false when another holder has it.</summary>
    public async Task<bool> TryTakeAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var until = now + duration;
        var never = DateTimeOffset.UnixEpoch;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""INSERT INTO "SchedulerLeases" ("Name", "Holder", "ExpiresAt") VALUES ({name}, '', {never}) ON CONFLICT ("Name") DO NOTHING""", ct);
        var taken = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "SchedulerLeases" SET "Holder" = {holder}, "ExpiresAt" = {until} WHERE "Name" = {name} AND ("ExpiresAt" < {now} OR "Holder" = {holder})""", ct);
        return taken == 1;
    }

    /// <summary>Gives the lease back at once (only if still ours), so the next run need not wait for it to lapse.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        var never = DateTimeOffset.UnixEpoch;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""UPDATE "SchedulerLeases" SET "ExpiresAt" = {never} WHERE "Name" = {name} AND "Holder" = {holder}""", ct);
    }
}
