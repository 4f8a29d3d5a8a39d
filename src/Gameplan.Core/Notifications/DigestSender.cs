using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.DataProtection;
using MimeKit;

namespace Gameplan.Core.Notifications;

/// <summary>
/// Sends messages through an organisation's SMTP server with MailKit: one connection per batch, signed in
/// when a user name is set (the password unprotected only here, in memory), the sender from the settings.
/// </summary>
public sealed class DigestSender(IDataProtectionProvider protection)
{
    /// <summary>How long one SMTP command may take.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Sends each message; returns how many went before a failure (all of them normally). A message the server
    /// refuses for its recipient alone is skipped; a broken connection ends the batch with an exception after
    /// <paramref name="sent"/> reports each message that did go.
    /// </summary>
    public async Task SendAsync(EmailSettings settings, IReadOnlyList<MimeMessage> messages, CancellationToken ct = default, Action<int>? sent = null)
    {
        if (messages.Count == 0)
        {
            return;
        }
        using var smtp = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        var options = settings.Tls switch
        {
            SmtpTls.Tls => SecureSocketOptions.SslOnConnect,
            SmtpTls.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await smtp.ConnectAsync(await ConnectAsync(settings.Host, settings.Port, ct), settings.Host, settings.Port, options, ct);
        if (settings.UserName is { } user)
        {
            var password = settings.ProtectedPassword is { } stored ? protection.CreateProtector(EmailCommands.PasswordPurpose).Unprotect(stored) : "";
            await smtp.AuthenticateAsync(user, password, ct);
        }
        var from = MailboxAddress.Parse(settings.FromAddress);
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            message.From.Clear();
            message.From.Add(from);
            try
            {
                await smtp.SendAsync(message, ct);
                sent?.Invoke(i);
            }
            catch (SmtpCommandException refused) when (refused.ErrorCode == SmtpErrorCode.RecipientNotAccepted)
            {
                // One bad address does not hold back everyone else's digest.
            }
        }
        await smtp.DisconnectAsync(true, ct);
    }

    /// <summary>
    /// A connection to the SMTP server with Nagle's algorithm off. SMTP writes a command and waits for the answer, so
    /// Nagle holds back the short last write of each message (the closing dot) until the server's delayed ACK, 40 ms on
    /// Linux: 25 messages a second at most. MailKit's own connection leaves it on; it takes over this one.
    /// </summary>
    private static async Task<Socket> ConnectAsync(string host, int port, CancellationToken ct)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            await socket.ConnectAsync(host, port, timeout.Token);
            return socket;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException($"{host}:{port} did not answer in time.");
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
