using System.Security.Cryptography;
using Gameplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Accounts;

/// <summary>
/// Server-side browser sessions: started at sign-in, found on every request, ended by sign-out,
/// "sign out everywhere", a password change or deactivation. Works across organisations (it runs
/// before the request's organisation is known), so callers pass account ids they already trust.
/// </summary>
public sealed class SessionCommands(GameplanDbContext db, TimeProvider clock)
{
    public async Task<string> StartAsync(int userId, byte[] ticket, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        var organization = await db.Users.Where(u => u.Id == userId).Select(u => (int?)u.OrganizationId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Account {userId}");
        var now = clock.GetUtcNow();
        // The account's expired sessions are swept here, the one place that adds rows.
        db.Sessions.RemoveRange((await db.Sessions.IgnoreQueryFilters().Where(s => s.UserId == userId).ToListAsync(ct)).Where(s => s.ExpiresAt <= now));
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        db.Sessions.Add(new SignInSession(key, organization, userId, ticket, now, expiresAt ?? now.AddHours(12)));
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>The session's ticket; null when it was ended or has expired.</summary>
    public async Task<byte[]?> FindAsync(string key, CancellationToken ct = default)
    {
        var session = await db.Sessions.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == key, ct);
        return session is not null && session.ExpiresAt > clock.GetUtcNow() ? session.Ticket : null;
    }

    public async Task RenewAsync(string key, byte[] ticket, DateTimeOffset? expiresAt, CancellationToken ct = default)
    {
        if (await db.Sessions.IgnoreQueryFilters().FirstOrDefaultAsync(s => s.Id == key, ct) is { } session)
        {
            session.Renew(ticket, expiresAt ?? clock.GetUtcNow().AddHours(12));
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task EndAsync(string key, CancellationToken ct = default) =>
        await db.Sessions.IgnoreQueryFilters().Where(s => s.Id == key).ExecuteDeleteAsync(ct);

    /// <summary>Ends every session of the account, on every device.</summary>
    public async Task EndAllAsync(int userId, CancellationToken ct = default) =>
        await db.Sessions.IgnoreQueryFilters().Where(s => s.UserId == userId).ExecuteDeleteAsync(ct);
}
