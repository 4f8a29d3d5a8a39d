using Gameplan.Core.Data;
using Gameplan.Core.Inbox;
using Gameplan.Core.Organizations;
using Gameplan.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gameplan.Core.Notifications;

/// <summary>
/// One digest run over every organisation whose e-mail is configured: for each active person with an
/// address whose digest is due today (their own day, <see cref="DigestRules.IsDue"/>), their inbox as
/// <see cref="InboxQueries.ForPeopleAsync"/> returns it (all of them read together), cut down by <see cref="DigestRules.Compose"/>, sent in batches
/// over one SMTP connection each, and recorded (the ledger and the log) right after each batch. A digest
/// that would be empty is not sent. The caller holds the scheduler's lease.
/// </summary>
public sealed class DigestRun(GameplanDbContext db, InboxQueries inbox, DigestSender sender, TimeProvider clock)
{
    public const int DefaultBatchSize = 200;

    /// <summary>Why the last batch that failed did (the SMTP server's answer or the connection error); null when none did.</summary>
    public string? LastError { get; private set; }

    /// <summary>Runs once. <paramref name="fallbackBaseUrl"/> starts the links of organisations that set no base URL.</summary>
    public async Task<DigestRunResult> RunAsync(string fallbackBaseUrl, int batchSize = DefaultBatchSize, CancellationToken ct = default)
    {
        List<int> organizations;
        using (db.AcrossOrganizations())
        {
            organizations = await db.EmailSettings.AsNoTracking().Where(e => e.Host != "" && e.FromAddress != "")
                .OrderBy(e => e.OrganizationId).Select(e => e.OrganizationId).ToListAsync(ct);
        }
        var total = new DigestRunResult(0, 0, 0, 0, 0);
        var scope = (db.OrganizationScope, db.AllOrganizations);
        try
        {
            foreach (var organization in organizations)
            {
                db.OrganizationScope = organization;
                var done = await RunOrganizationAsync(fallbackBaseUrl, Math.Max(1, batchSize), ct);
                total = new DigestRunResult(total.Organizations + 1, total.PeopleChecked + done.PeopleChecked, total.Sent + done.Sent, total.Empty + done.Empty, total.Failed + done.Failed);
            }
        }
        finally
        {
            if (scope.AllOrganizations)
            {
                db.UseAllOrganizations();
            }
            else
            {
                db.OrganizationScope = scope.OrganizationScope;
            }
        }
        return total;
    }

    private async Task<DigestRunResult> RunOrganizationAsync(string fallbackBaseUrl, int batchSize, CancellationToken ct)
    {
        var settings = await db.EmailSettings.AsNoTracking().SingleAsync(ct);
        var baseUrl = settings.BaseUrl ?? fallbackBaseUrl;
        var people = await db.People.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name, p.Email }).ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        var accounts = (await db.Users.AsNoTracking().Where(u => ids.Contains(u.PersonId) && u.Email != null)
            .Select(u => new { u.PersonId, u.Email }).ToListAsync(ct))
            .GroupBy(u => u.PersonId).ToDictionary(g => g.Key, g => g.First().Email!);
        var subscriptions = await db.DigestSubscriptions.ToDictionaryAsync(s => s.PersonId, ct);
        var days = new OrganizationClock(db, clock);
        var due = new List<(int Id, string Name, string Address, DigestSubscription? Subscription, DigestFrequency Frequency, DateOnly Today)>();
        foreach (var person in people)
        {
            var address = person.Email ?? accounts.GetValueOrDefault(person.Id);
            if (string.IsNullOrEmpty(address) || !MailboxAddress.TryParse(address, out _))
            {
                continue;
            }
            var subscription = subscriptions.GetValueOrDefault(person.Id);
            var frequency = subscription?.Frequency ?? DigestSubscription.DefaultFrequency;
            var today = await days.ForPersonAsync(person.Id, ct);
            if (DigestRules.IsDue(frequency, settings.DigestDay, today, subscription?.LastSentDay))
            {
                due.Add((person.Id, person.Name, address, subscription, frequency, today));
            }
        }
        // Every inbox in one go: the organisation's records are read once, not once per person.
        var inboxes = await inbox.ForPeopleAsync(due.ToDictionary(d => d.Id, d => d.Today), ct);
        var batch = new List<(DigestAddressee To, Digest Digest, DateOnly Today, MimeMessage Message)>();
        var (sent, empty, failed) = (0, 0, 0);
        foreach (var person in due)
        {
            var digest = DigestRules.Compose(inboxes[person.Id].Items, person.Today, person.Subscription?.ToLedger() ?? DigestLedger.None);
            if (digest.IsEmpty)
            {
                empty++;
                continue;
            }
            var to = new DigestAddressee(person.Id, person.Name, person.Address, person.Frequency);
            var token = UnsubscribeTokens.Make(settings.OrganizationId, person.Id, settings.SigningKey);
            batch.Add((to, digest, person.Today, DigestComposer.Compose(to, digest, person.Today, baseUrl, token)));
            if (batch.Count >= batchSize)
            {
                var (ok, broken) = await FlushAsync(settings, batch, subscriptions, ct);
                (sent, failed) = (sent + ok, failed + broken);
                batch.Clear();
                if (broken > 0)
                {
                    return new DigestRunResult(1, due.Count, sent, empty, failed);
                }
            }
        }
        var (last, lastBroken) = await FlushAsync(settings, batch, subscriptions, ct);
        return new DigestRunResult(1, due.Count, sent + last, empty, failed + lastBroken);
    }

    /// <summary>Sends a batch and records each digest that went; a broken connection records those sent before it and counts the rest as failed.</summary>
    private async Task<(int Sent, int Failed)> FlushAsync(EmailSettings settings, List<(DigestAddressee To, Digest Digest, DateOnly Today, MimeMessage Message)> batch,
        Dictionary<int, DigestSubscription> subscriptions, CancellationToken ct)
    {
        if (batch.Count == 0)
        {
            return (0, 0);
        }
        var went = new List<int>();
        try
        {
            await sender.SendAsync(settings, [.. batch.Select(b => b.Message)], ct, went.Add);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LastError = e.Message;
        }
        var now = clock.GetUtcNow();
        foreach (var (to, digest, today, _) in went.Select(i => batch[i]))
        {
            if (!subscriptions.TryGetValue(to.PersonId, out var subscription))
            {
                subscription = new DigestSubscription(settings.OrganizationId, to.PersonId, to.Frequency);
                db.DigestSubscriptions.Add(subscription);
                subscriptions[to.PersonId] = subscription;
            }
            subscription.Sent(now, today, digest.Ledger);
            var shown = digest.Lines.ToDictionary(l => l.Item.Key, l => l.Showing);
            db.DigestLog.Add(new DigestLogEntry(settings.OrganizationId, to.PersonId, now, DigestLedger.Format(shown)));
        }
        await db.SaveChangesAsync(ct);
        // A refused recipient is skipped by the sender and counted here with the ones a broken connection left.
        return (went.Count, batch.Count - went.Count);
    }
}
