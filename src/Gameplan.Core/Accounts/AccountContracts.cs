using System.ComponentModel.DataAnnotations;

namespace Gameplan.Core.Accounts;

/// <summary>First run: the organisation and its first admin.</summary>
public sealed record SetupRequest
{
    [Required, StringLength(200)]
    public string Organization { get; init; } = "";

    [Required, StringLength(120)]
    public string Name { get; init; } = "";

    [Required, StringLength(40)]
    public string Handle { get; init; } = "";

    [Required, EmailAddress, StringLength(256)]
    public string Email { get; init; } = "";

    [Required, StringLength(PasswordRules.MaxLength, MinimumLength = PasswordRules.MinLength)]
    public string Password { get; init; } = "";
}

/// <summary>Gives an existing person (by handle; in the API, the person of the route) an account to sign in with.</summary>
public sealed record AccountRequest
{
    [StringLength(40)]
    public string Handle { get; init; } = "";

    [Required, EmailAddress, StringLength(256)]
    public string Email { get; init; } = "";

    [Required, StringLength(PasswordRules.MaxLength, MinimumLength = PasswordRules.MinLength)]
    public string Password { get; init; } = "";
}

/// <summary>A person changes their own password; every session of the account ends.</summary>
public sealed record ChangePasswordRequest
{
    [Required, StringLength(PasswordRules.MaxLength), Display(Name = "Current password")]
    public string CurrentPassword { get; init; } = "";

    [Required, StringLength(PasswordRules.MaxLength, MinimumLength = PasswordRules.MinLength), Display(Name = "New password")]
    public string NewPassword { get; init; } = "";
}

/// <summary>Creates a personal access token.</summary>
public sealed record TokenRequest
{
    [Required, StringLength(100)]
    public string Name { get; init; } = "";

    /// <summary>False (the default) makes a read-only token.</summary>
    public bool CanWrite { get; init; }

    [Range(1, 366)]
    public int ExpiresInDays { get; init; } = 90;
}

/// <summary>A token as listed; the secret is never shown again.</summary>
public sealed record TokenSummary(int Id, string Name, string Prefix, bool CanWrite, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A new token with its secret, shown exactly once.</summary>
public sealed record CreatedToken(TokenSummary Token, string Secret);

/// <summary>Who is signed in, as pages and endpoints need it.</summary>
public sealed record SignedInUser(int UserId, int OrganizationId, string OrganizationName, int PersonId, string Handle, string Name, Domain.People.PersonRole Role, bool IsSystemAdministrator = false);
