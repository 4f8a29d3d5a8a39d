namespace Gameplan.Core.SingleSignOn;

/// <summary>
/// An organisation's OpenID Connect sign-in: the provider (its issuer), the client Gameplan is registered
/// as there, the scopes asked for and the claim that carries the person's e-mail; the e-mail domains whose
/// people it signs in before they have an account; whether unknown e-mails become reps; and whether
/// password sign-in is still allowed. The client secret is kept only as Data Protection ciphertext
/// (<see cref="ProtectedClientSecret"/>) and never read back out through a page or the CLI.
/// </summary>
public sealed class SingleSignOnSettings
{
    public const string DefaultScopes = "openid profile email";

    public const string DefaultEmailClaim = "email";

    private SingleSignOnSettings() { }

    public SingleSignOnSettings(int organizationId, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        UpdatedAt = now;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    /// <summary>Whether the sign-in page offers the organisation's provider.</summary>
    public bool Enabled { get; private set; }

    /// <summary>The provider's issuer (e.g. https://login.microsoftonline.com/TENANT/v2.0); its discovery document is read from below it.</summary>
    public string Issuer { get; private set; } = "";

    public string ClientId { get; private set; } = "";

    /// <summary>The client secret, protected with Data Protection (purpose <see cref="SingleSignOnCommands.SecretPurpose"/>); null: a public client (PKCE only).</summary>
    public string? ProtectedClientSecret { get; private set; }

    /// <summary>Space-separated scopes; <c>openid</c> is always among them.</summary>
    public string Scopes { get; private set; } = DefaultScopes;

    /// <summary>The ID token claim whose value is the person's e-mail address (<c>email</c>, or e.g. <c>preferred_username</c>).</summary>
    public string EmailClaim { get; private set; } = DefaultEmailClaim;

    /// <summary>Space-separated, lower-case e-mail domains whose people the sign-in page sends to this provider before they have an account.</summary>
    public string EmailDomains { get; private set; } = "";

    /// <summary>Whether a signed-in e-mail that matches nobody becomes a new rep (otherwise it is refused).</summary>
    public bool CreateUnknownAsReps { get; private set; }

    /// <summary>False: the organisation's accounts may not sign in with a password (tokens still work).</summary>
    public bool PasswordSignInAllowed { get; private set; } = true;

    /// <summary>Counts every change, so each app instance knows when the provider it set up is stale.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<string> DomainList => EmailDomains.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Change(bool enabled, string issuer, string clientId, string scopes, string emailClaim, string emailDomains,
        bool createUnknownAsReps, bool passwordSignInAllowed, DateTimeOffset now)
    {
        (Enabled, Issuer, ClientId, Scopes, EmailClaim, EmailDomains) = (enabled, issuer, clientId, scopes, emailClaim, emailDomains);
        (CreateUnknownAsReps, PasswordSignInAllowed, UpdatedAt) = (createUnknownAsReps, passwordSignInAllowed, now);
        Revision++;
    }

    /// <summary>Replaces the stored secret (already protected); null removes it.</summary>
    public void ChangeClientSecret(string? protectedSecret)
    {
        ProtectedClientSecret = protectedSecret;
        Revision++;
    }
}
