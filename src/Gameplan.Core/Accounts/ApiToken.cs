namespace Gameplan.Core.Accounts;

/// <summary>
/// A personal access token for the API and the CLI. Only a SHA-256 hash of the secret is stored;
/// the secret is shown once, at creation. A token may be read-only, expires, and can be revoked.
/// </summary>
public sealed class ApiToken
{
    private ApiToken() { }

    public ApiToken(int organizationId, int userId, string name, string prefix, byte[] hash, bool canWrite, DateTimeOffset createdAt, DateTimeOffset expiresAt)
    {
        OrganizationId = organizationId;
        UserId = userId;
        Name = name;
        Prefix = prefix;
        Hash = hash;
        CanWrite = canWrite;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    public int UserId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The first characters of the secret, shown in lists so users can tell tokens apart.</summary>
    public string Prefix { get; private set; } = "";

    /// <summary>SHA-256 of the whole secret (32 bytes).</summary>
    public byte[] Hash { get; private set; } = [];

    /// <summary>False for a read-only token: it may only read.</summary>
    public bool CanWrite { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
