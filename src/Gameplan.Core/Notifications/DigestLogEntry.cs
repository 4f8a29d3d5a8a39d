namespace Gameplan.Core.Notifications;

/// <summary>One digest sent: to whom, when, and each item's key with the number of digests that have now shown it.</summary>
public sealed class DigestLogEntry
{
    private DigestLogEntry() { }

    public DigestLogEntry(int organizationId, int personId, DateTimeOffset sentAt, string items)
    {
        OrganizationId = organizationId;
        PersonId = personId;
        SentAt = sentAt;
        Items = items;
    }

    public long Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PersonId { get; private set; }

    public DateTimeOffset SentAt { get; private set; }

    /// <summary>One <c>count key</c> per line, as in <see cref="Domain.Notifications.DigestLedger.Format"/>.</summary>
    public string Items { get; private set; } = "";
}
