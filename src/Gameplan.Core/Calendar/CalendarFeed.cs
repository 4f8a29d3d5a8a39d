namespace Gameplan.Core.Calendar;

/// <summary>
/// A person's secret calendar-feed address. As with API tokens only a SHA-256 hash of the secret is
/// stored; the address is shown when it is made. A person has at most one: making a new one replaces
/// the old (which stops working), revoking deletes it.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed() { }

    public CalendarFeed(int organizationId, int personId, string prefix, byte[] hash, DateTimeOffset createdAt)
    {
        OrganizationId = organizationId;
        PersonId = personId;
        Prefix = prefix;
        Hash = hash;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int PersonId { get; private set; }

    /// <summary>The first characters of the secret, shown so a person can tell which address a calendar app holds.</summary>
    public string Prefix { get; private set; } = "";

    /// <summary>SHA-256 of the whole secret (32 bytes).</summary>
    public byte[] Hash { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }
}
