namespace Gameplan.Core.Accounts;

/// <summary>
/// A browser session kept on the server. The cookie carries only the session's key, so deleting
/// this row ends the session at once, even for a saved copy of the cookie (docs/decisions/0021).
/// </summary>
public sealed class SignInSession
{
    private SignInSession() { }

    public SignInSession(string id, int organizationId, int userId, byte[] ticket, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        Id = id;
        OrganizationId = organizationId;
        UserId = userId;
        Ticket = ticket;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    /// <summary>The key the cookie carries (43 characters of random base64url).</summary>
    public string Id { get; private set; } = "";

    public int OrganizationId { get; private set; }

    public int UserId { get; private set; }

    /// <summary>The serialised authentication ticket (claims and properties) the cookie would otherwise hold.</summary>
    public byte[] Ticket { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public void Renew(byte[] ticket, DateTimeOffset expiresAt)
    {
        Ticket = ticket;
        ExpiresAt = expiresAt;
    }
}
