using Gameplan.Core.Data;
using Gameplan.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Notifications;

/// <summary>A person's digest frequency (their own, on the profile and at /api/v1/me/notifications) and the unsubscribe link's one action.</summary>
public sealed class NotificationCommands(GameplanDbContext db)
{
    public async Task<NotificationSettings> GetAsync(int personId, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Id, p.Email }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Person {personId}");
        var subscription = await db.DigestSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.PersonId == personId, ct);
        var configured = await db.EmailSettings.AsNoTracking().Where(e => e.Host != "" && e.FromAddress != "").AnyAsync(ct);
        var address = person.Email ?? await db.Users.Where(u => u.PersonId == personId).Select(u => u.Email).FirstOrDefaultAsync(ct);
        return new NotificationSettings(subscription?.Frequency ?? DigestSubscription.DefaultFrequency, subscription is not null,
            subscription?.LastSentAt, configured, !string.IsNullOrEmpty(address));
    }

    public async Task<NotificationSettings> ChangeAsync(int personId, DigestFrequency frequency, CancellationToken ct = default)
    {
        if (!Enum.IsDefined(frequency))
        {
            throw new Domain.DomainRuleException("Choose daily, weekly or off.", "frequency");
        }
        var organization = await db.People.Where(p => p.Id == personId).Select(p => (int?)p.OrganizationId).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Person {personId}");
        var subscription = await db.DigestSubscriptions.FirstOrDefaultAsync(s => s.PersonId == personId, ct);
        if (subscription is null)
        {
            db.DigestSubscriptions.Add(new DigestSubscription(organization, personId, frequency));
        }
        else
        {
            subscription.Change(frequency);
        }
        await db.SaveChangesAsync(ct);
        return await GetAsync(personId, ct);
    }

    /// <summary>
    /// Turns off the digests of the person a signed unsubscribe token names and returns their name; null when the
    /// token is malformed, tampered with, or names nobody (the caller answers all alike). Runs before any
    /// organisation is known, so it reads across organisations and then works inside the token's one.
    /// </summary>
    public async Task<string?> UnsubscribeAsync(string? token, CancellationToken ct = default)
    {
        if (UnsubscribeTokens.Read(token) is not { } named)
        {
            return null;
        }
        byte[]? key;
        using (db.AcrossOrganizations())
        {
            key = await db.EmailSettings.AsNoTracking().Where(e => e.OrganizationId == named.Organization).Select(e => e.SigningKey).FirstOrDefaultAsync(ct);
        }
        if (key is null || !UnsubscribeTokens.Verify(token!, key))
        {
            return null;
        }
        db.OrganizationScope = named.Organization;
        var name = await db.People.Where(p => p.Id == named.Person).Select(p => p.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return null;
        }
        await ChangeAsync(named.Person, DigestFrequency.Off, ct);
        return name;
    }
}
