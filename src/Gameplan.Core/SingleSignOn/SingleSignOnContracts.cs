using System.ComponentModel.DataAnnotations;

namespace Gameplan.Core.SingleSignOn;

/// <summary>The organisation's single sign-on as shown: never the client secret, only whether one is stored.</summary>
public sealed record SingleSignOnDetails(
    bool Enabled,
    string Issuer,
    string ClientId,
    bool HasClientSecret,
    string Scopes,
    string EmailClaim,
    string EmailDomains,
    bool CreateUnknownAsReps,
    bool PasswordSignInAllowed,
    DateTimeOffset? UpdatedAt);

/// <summary>
/// Replaces the organisation's single sign-on settings. <see cref="ClientSecret"/>: null keeps the stored one,
/// empty removes it, anything else replaces it. Blank scopes and claim fall back to their defaults.
/// </summary>
public sealed record SingleSignOnRequest
{
    public bool Enabled { get; init; }

    [StringLength(500)]
    public string? Issuer { get; init; }

    [StringLength(200)]
    public string? ClientId { get; init; }

    [StringLength(500)]
    public string? ClientSecret { get; init; }

    [StringLength(500)]
    public string? Scopes { get; init; }

    [StringLength(100)]
    public string? EmailClaim { get; init; }

    [StringLength(1000)]
    public string? EmailDomains { get; init; }

    public bool CreateUnknownAsReps { get; init; }

    public bool PasswordSignInAllowed { get; init; } = true;
}

/// <summary>What the web host needs to send people to the organisation's provider; the secret in clear, never shown.</summary>
public sealed record SingleSignOnProvider(int OrganizationId, int Revision, string Issuer, string ClientId, string? ClientSecret, IReadOnlyList<string> Scopes, string EmailClaim);

/// <summary>How a sign-in through the provider ended for Gameplan.</summary>
public enum SingleSignOnOutcome
{
    /// <summary>The e-mail is an active person's of the organisation: signed in as them.</summary>
    SignedIn,

    /// <summary>The e-mail matched nobody and the organisation creates such people as reps: made one.</summary>
    CreatedAsRep,

    /// <summary>The e-mail matched nobody of the organisation (and it does not create reps, or cannot).</summary>
    Unknown,

    /// <summary>The e-mail is a deactivated person's.</summary>
    Deactivated,

    /// <summary>A system administrator suspended the organisation: nobody of it signs in.</summary>
    Suspended,

    /// <summary>The provider gave no usable e-mail in the configured claim (or said it is not verified).</summary>
    NoEmail,

    /// <summary>The organisation's single sign-on is off (switched off after the person set out).</summary>
    Off,
}

/// <summary>The outcome and, when someone is signed in, their account.</summary>
public sealed record SingleSignOnResult(SingleSignOnOutcome Outcome, int? UserId = null);
