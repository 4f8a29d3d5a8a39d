using System.Net;
using System.Text;
using Gameplan.Domain.Notifications;
using MimeKit;

namespace Gameplan.Core.Notifications;

/// <summary>
/// Writes a digest as an e-mail: plain text and HTML alternatives with each item's title, detail and
/// absolute link, a link to the inbox, and an unsubscribe link (also as the List-Unsubscribe header,
/// one-click per RFC 8058) that works without signing in.
/// </summary>
public static class DigestComposer
{
    /// <summary>Where the unsubscribe link points, under the base URL.</summary>
    public static string UnsubscribePath(string token) => $"/notifications/unsubscribe?token={Uri.EscapeDataString(token)}";

    public static MimeMessage Compose(DigestAddressee to, Digest digest, DateOnly today, string baseUrl, string unsubscribeToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(digest);
        var root = baseUrl.TrimEnd('/');
        var unsubscribe = root + UnsubscribePath(unsubscribeToken);
        var overdue = digest.Lines.Count(l => l.Overdue);
        var message = new MimeMessage();
        message.To.Add(new MailboxAddress(to.Name, to.Email));
        message.Subject = $"Gameplan: {Things(digest.Lines.Count)} to do" + (overdue > 0 ? $" ({overdue} overdue)" : "");
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Auto-Submitted", "auto-generated");
        var body = new BodyBuilder { TextBody = Text(to, digest, today, root, unsubscribe), HtmlBody = Html(to, digest, today, root, unsubscribe) };
        message.Body = body.ToMessageBody();
        return message;
    }

    private static string Things(int count) => count == 1 ? "1 thing" : $"{count} things";

    private static string When(DigestLine line) => line.Item.Due is { } due
        ? (line.Overdue ? $"overdue, due {Day(due)}" : $"due {Day(due)}")
        : "";

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Frequency(DigestFrequency frequency) => frequency == DigestFrequency.Weekly ? "weekly" : "daily";

    private static string Text(DigestAddressee to, Digest digest, DateOnly today, string root, string unsubscribe)
    {
        var text = new StringBuilder();
        text.Append($"Hello {to.Name},\n\nWhat waits for you in Gameplan ({Day(today)}):\n\n");
        foreach (var line in digest.Lines)
        {
            var when = When(line);
            text.Append($"* {line.Item.Title}{(when.Length > 0 ? $" [{when}]" : "")}\n");
            if (line.Item.Detail.Length > 0)
            {
                text.Append($"  {line.Item.Detail}\n");
            }
            text.Append($"  {root}{line.Item.Link}\n");
            if (line.IsLastShowing)
            {
                text.Append("  (Last reminder by e-mail: it stays in your inbox.)\n");
            }
            text.Append('\n');
        }
        if (digest.LeftOut > 0)
        {
            text.Append($"{Things(digest.LeftOut)} already in three digests wait in your inbox.\n");
        }
        text.Append($"Your inbox: {root}/inbox\n\n");
        text.Append($"You get this digest {Frequency(to.Frequency)}, only with what is new or overdue. Change how often: {root}/account/profile#notifications\n");
        text.Append($"Stop these e-mails: {unsubscribe}\n");
        return text.ToString();
    }

    private static string Html(DigestAddressee to, Digest digest, DateOnly today, string root, string unsubscribe)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
        html.Append($"<p>Hello {E(to.Name)},</p><p>What waits for you in Gameplan ({Day(today)}):</p><ul>");
        foreach (var line in digest.Lines)
        {
            var when = When(line);
            html.Append($"<li><a href=\"{E(root + line.Item.Link)}\">{E(line.Item.Title)}</a>");
            if (when.Length > 0)
            {
                html.Append(line.Overdue ? $" <strong>{E(when)}</strong>" : $" <span>{E(when)}</span>");
            }
            if (line.Item.Detail.Length > 0)
            {
                html.Append($"<br>{E(line.Item.Detail)}");
            }
            if (line.IsLastShowing)
            {
                html.Append("<br><small>Last reminder by e-mail: it stays in your inbox.</small>");
            }
            html.Append("</li>");
        }
        html.Append("</ul>");
        if (digest.LeftOut > 0)
        {
            html.Append($"<p>{Things(digest.LeftOut)} already in three digests wait in your inbox.</p>");
        }
        html.Append($"<p><a href=\"{E(root)}/inbox\">Open your inbox</a></p>");
        html.Append($"<p><small>You get this digest {Frequency(to.Frequency)}, only with what is new or overdue. ");
        html.Append($"<a href=\"{E(root)}/account/profile#notifications\">Change how often</a> · <a href=\"{E(unsubscribe)}\">Stop these e-mails</a></small></p>");
        html.Append("</body></html>");
        return html.ToString();
    }
}
