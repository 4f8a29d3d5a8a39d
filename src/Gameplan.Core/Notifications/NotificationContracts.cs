using System.ComponentModel.DataAnnotations;
using Gameplan.Domain.Notifications;

namespace Gameplan.Core.Notifications;

/// <summary>A person's digest setting.</summary>
public sealed record NotificationSettings(DigestFrequency Frequency, bool Chosen, DateTimeOffset? LastDigestAt, bool EmailConfigured, bool HasAddress);

/// <summary>Changes a person's digest frequency (<c>daily</c>, <c>weekly</c> or <c>off</c>).</summary>
public sealed record NotificationSettingsRequest
{
    [Required]
    public DigestFrequency? Frequency { get; init; }
}

/// <summary>The organisation's e-mail settings as shown: never the password, only whether one is stored.</summary>
public sealed record EmailSettingsDetails(
    bool Configured,
    string Host,
    int Port,
    SmtpTls Tls,
    string? UserName,
    bool HasPassword,
    string FromAddress,
    string? BaseUrl,
    DayOfWeek DigestDay,
    DateTimeOffset? UpdatedAt);

/// <summary>
/// Replaces the organisation's e-mail settings. <see cref="Password"/>: null keeps the stored one, empty
/// removes it, anything else replaces it. A blank host turns e-mail off.
/// </summary>
public sealed record EmailSettingsRequest
{
    [StringLength(255)]
    public string? Host { get; init; }

    [Range(1, 65535)]
    public int Port { get; init; } = 587;

    public SmtpTls Tls { get; init; } = SmtpTls.StartTls;

    [StringLength(255)]
    public string? UserName { get; init; }

    [StringLength(500)]
    public string? Password { get; init; }

    [StringLength(254)]
    public string? FromAddress { get; init; }

    [StringLength(500)]
    public string? BaseUrl { get; init; }

    public DayOfWeek DigestDay { get; init; } = DayOfWeek.Monday;
}

/// <summary>What a digest run did.</summary>
public sealed record DigestRunResult(int Organizations, int PeopleChecked, int Sent, int Empty, int Failed);

/// <summary>Who a digest goes to.</summary>
public sealed record DigestAddressee(int PersonId, string Name, string Email, DigestFrequency Frequency);
