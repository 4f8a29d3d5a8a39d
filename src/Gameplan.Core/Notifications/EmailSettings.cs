using System.Security.Cryptography;

namespace Gameplan.Core.Notifications;

/// <summary>
/// An organisation's outgoing e-mail: its SMTP server and sender, the address links in e-mails start with,
/// and the weekly digest day. No e-mail is sent until a host and a sender are set. The password is kept
/// only as ASP.NET Core Data Protection ciphertext (<see cref="ProtectedPassword"/>) and never read back
/// out through a page or the API. <see cref="SigningKey"/> signs unsubscribe links (HMAC-SHA256).
/// </summary>
public sealed class EmailSettings
{
    private EmailSettings() { }

    public EmailSettings(int organizationId, DateTimeOffset now)
    {
        OrganizationId = organizationId;
        SigningKey = RandomNumberGenerator.GetBytes(32);
        UpdatedAt = now;
    }

    public int Id { get; private set; }

    public int OrganizationId { get; private set; }

    /// <summary>The SMTP server's host name; empty: e-mail is off.</summary>
    public string Host { get; private set; } = "";

    public int Port { get; private set; } = 587;

    public SmtpTls Tls { get; private set; } = SmtpTls.StartTls;

    /// <summary>The SMTP user name; null: the server takes mail without signing in.</summary>
    public string? UserName { get; private set; }

    /// <summary>The SMTP password, protected with Data Protection (purpose <see cref="EmailCommands.PasswordPurpose"/>); null: none.</summary>
    public string? ProtectedPassword { get; private set; }

    /// <summary>The sender address of every e-mail; empty: e-mail is off.</summary>
    public string FromAddress { get; private set; } = "";

    /// <summary>Where Gameplan is reached (e.g. https://gameplan.example.com), for links in e-mails; null: the host's configured one.</summary>
    public string? BaseUrl { get; private set; }

    /// <summary>The day weekly digests go out.</summary>
    public DayOfWeek DigestDay { get; private set; } = DayOfWeek.Monday;

    /// <summary>32 random bytes that sign unsubscribe links; made with the settings, never shown.</summary>
    public byte[] SigningKey { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Whether e-mail can be sent: a host and a sender are set.</summary>
    public bool IsConfigured => Host.Length > 0 && FromAddress.Length > 0;

    public void Change(string host, int port, SmtpTls tls, string? userName, string fromAddress, string? baseUrl, DayOfWeek digestDay, DateTimeOffset now)
    {
        (Host, Port, Tls, UserName, FromAddress, BaseUrl, DigestDay, UpdatedAt) = (host, port, tls, userName, fromAddress, baseUrl, digestDay, now);
    }

    /// <summary>Replaces the stored password (already protected); null removes it.</summary>
    public void ChangePassword(string? protectedPassword) => ProtectedPassword = protectedPassword;
}
