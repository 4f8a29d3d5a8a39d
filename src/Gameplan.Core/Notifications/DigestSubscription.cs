using Gameplan.Domain.Notifications;

namespace Gameplan.Core.Notifications;

/// <summary>
/// A person's digest: how often they want it and what their digests have shown (the ledger, see
/// <see cref="DigestLedger"/>). A person without a row gets the default, <see cref="DigestFrequency.Daily"/>.
/// </summary>
public sealed class DigestSubscription
{
    private DigestSubscription() { }

    public DigestSubscription(int organizationId, int personId, DigestFrequency frequency)
    {
        OrganizationId = organizationId;
        PersonId = personId;
        Frequency = frequency;
    }

    /// <summary>The frequency of a person who has not chosen one.</summary>
    public const DigestFrequency DefaultFrequency = DigestFrequency.Daily;

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PersonId { get; private set; }

    public DigestFrequency Frequency { get; private set; }

    public DateTimeOffset? LastSentAt { get; private set; }

    /// <summary>The person's calendar day of <see cref="LastSentAt"/>.</summary>
    public DateOnly? LastSentDay { get; private set; }

    /// <summary>The ledger as text (<see cref="DigestLedger.Format"/>).</summary>
    public string Ledger { get; private set; } = "";

    public DigestLedger ToLedger() => new(LastSentAt, LastSentDay, DigestLedger.Parse(Ledger));

    public void Change(DigestFrequency frequency) => Frequency = frequency;

    /// <summary>Records a digest sent.</summary>
    public void Sent(DateTimeOffset at, DateOnly day, IReadOnlyDictionary<string, int> ledger)
    {
        (LastSentAt, LastSentDay) = (at, day);
        Ledger = DigestLedger.Format(ledger);
    }
}
