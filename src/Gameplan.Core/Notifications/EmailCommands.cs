using Gameplan.Core.Data;
using Gameplan.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Gameplan.Core.Notifications;

/// <summary>
/// The organisation's e-mail (SMTP) settings, changed by admins. The password goes into the database only
/// as Data Protection ciphertext (the key ring is in the database too, so every instance reads it) and is
/// never returned: <see cref="EmailSettingsDetails.HasPassword"/> says whether one is stored.
/// </summary>
public sealed class EmailCommands(GameplanDbContext db, IDataProtectionProvider protection, DigestSender sender, TimeProvider clock)
{
    /// <summary>The Data Protection purpose of the SMTP password.</summary>
    public const string PasswordPurpose = "Gameplan.Notifications.SmtpPassword";

    public async Task<EmailSettingsDetails> GetAsync(CancellationToken ct = default) =>
        Details(await db.EmailSettings.AsNoTracking().FirstOrDefaultAsync(ct));

    public async Task<EmailSettingsDetails> ChangeAsync(EmailSettingsRequest request, CancellationToken ct = default)
    {
        var host = request.Host?.Trim() ?? "";
        var from = request.FromAddress?.Trim() ?? "";
        if (host.Length > 0 && from.Length == 0)
        {
            throw new DomainRuleException("Give the sender address of the e-mails (from_address).", "from_address");
        }
        if (from.Length > 0 && !MailboxAddress.TryParse(from, out _))
        {
            throw new DomainRuleException($"'{from}' is not an e-mail address.", "from_address");
        }
        if (request.Port is < 1 or > 65535)
        {
            throw new DomainRuleException("The port is a number from 1 to 65535.", "port");
        }
        if (!Enum.IsDefined(request.Tls))
        {
            throw new DomainRuleException("The TLS mode is none, start_tls or tls.", "tls");
        }
        if (!Enum.IsDefined(request.DigestDay))
        {
            throw new DomainRuleException("The digest day is a day of the week.", "digest_day");
        }
        var baseUrl = string.IsNullOrWhiteSpace(request.BaseUrl) ? null : request.BaseUrl.Trim().TrimEnd('/');
        if (baseUrl is not null && (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            throw new DomainRuleException("The base URL is the http or https address people open Gameplan at.", "base_url");
        }
        var now = clock.GetUtcNow();
        var settings = await db.EmailSettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new EmailSettings(db.RequireOrganization(), now);
            db.EmailSettings.Add(settings);
        }
        settings.Change(host, request.Port, request.Tls, string.IsNullOrWhiteSpace(request.UserName) ? null : request.UserName.Trim(), from, baseUrl, request.DigestDay, now);
        if (request.Password is { } password)
        {
            settings.ChangePassword(password.Length == 0 ? null : protection.CreateProtector(PasswordPurpose).Protect(password));
        }
        await db.SaveChangesAsync(ct);
        return Details(settings);
    }

    /// <summary>Sends a short test e-mail to <paramref name="to"/> with the stored settings; a refusal says what the server answered.</summary>
    public async Task SendTestAsync(string to, CancellationToken ct = default)
    {
        if (!MailboxAddress.TryParse(to, out var address))
        {
            throw new DomainRuleException($"'{to}' is not an e-mail address.", "to");
        }
        var settings = await db.EmailSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        if (settings is not { IsConfigured: true })
        {
            throw new DomainRuleException("Set the SMTP host and the sender address first.", "host");
        }
        var message = new MimeMessage();
        message.To.Add(address);
        message.Subject = "Gameplan: test e-mail";
        message.Body = new TextPart("plain") { Text = "This is a test e-mail from Gameplan. Your organisation's e-mail settings work." };
        try
        {
            await sender.SendAsync(settings, [message], ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new DomainRuleException($"The test e-mail was not sent: {e.Message}", "host");
        }
    }

    private static EmailSettingsDetails Details(EmailSettings? s) => s is null
        ? new EmailSettingsDetails(false, "", 587, SmtpTls.StartTls, null, false, "", null, DayOfWeek.Monday, null)
        : new EmailSettingsDetails(s.IsConfigured, s.Host, s.Port, s.Tls, s.UserName, s.ProtectedPassword is not null, s.FromAddress, s.BaseUrl, s.DigestDay, s.UpdatedAt);
}
