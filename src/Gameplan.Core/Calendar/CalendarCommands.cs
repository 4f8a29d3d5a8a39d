using System.Security.Cryptography;
using System.Text;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Calendar;

/// <summary>
/// Makes and revokes a person's secret calendar-feed address. Making one replaces the old address (it
/// stops working at once); revoking deletes it. Pages and endpoints decide who may do it for whom.
/// </summary>
public sealed class CalendarCommands(GameplanDbContext db, TimeProvider clock)
{
    internal const string SecretPrefix = "gpcal_";

    /// <summary>The longest secret looked up (the real ones are 49 characters); anything longer is not one.</summary>
    internal const int MaxSecretLength = 100;

    public async Task<CreatedCalendarFeed> CreateAsync(int personId, CancellationToken ct = default)
    {
        await RequirePersonAsync(personId, ct);
        var secret = SecretPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = clock.GetUtcNow();
        // The old address ends in the same transaction the new one starts: never two, never a gap.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.CalendarFeeds.Where(f => f.PersonId == personId).ExecuteDeleteAsync(ct);
        db.CalendarFeeds.Add(new CalendarFeed(db.RequireOrganization(), personId, secret[..12], Hash(secret), now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new CreatedCalendarFeed(secret, PathOf(secret), now);
    }

    /// <summary>Ends the person's feed address; revoking a feed that does not exist changes nothing.</summary>
    public async Task RevokeAsync(int personId, CancellationToken ct = default)
    {
        await RequirePersonAsync(personId, ct);
        await db.CalendarFeeds.Where(f => f.PersonId == personId).ExecuteDeleteAsync(ct);
    }

    /// <summary>The person's feed as listed (never its secret).</summary>
    public async Task<CalendarFeedStatus> StatusAsync(int personId, CancellationToken ct = default)
    {
        await RequirePersonAsync(personId, ct);
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.PersonId == personId, ct);
        return feed is null ? new CalendarFeedStatus(false, null, null) : new CalendarFeedStatus(true, feed.Prefix, feed.CreatedAt);
    }

    /// <summary>Where a feed is read: the web host serves <c>GET /calendar/{secret}.ics</c>.</summary>
    public static string PathOf(string secret) => $"/calendar/{secret}.ics";

    internal static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    private async Task RequirePersonAsync(int personId, CancellationToken ct)
    {
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            throw new NotFoundException($"Person {personId}");
        }
    }
}
