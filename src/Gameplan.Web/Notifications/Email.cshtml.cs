using Gameplan.Core.Notifications;
using Gameplan.Domain;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Notifications;

/// <summary>
/// The organisation's outgoing e-mail (admins): SMTP server, TLS, user and password (written, never shown),
/// sender, base URL for links, the weekly digest day; and a test e-mail.
/// </summary>
public sealed class EmailModel(EmailCommands commands) : GameplanPageModel
{
    [BindProperty]
    public EmailSettingsRequest Input { get; set; } = new();

    /// <summary>Ticked: the stored password is removed.</summary>
    [BindProperty]
    public bool RemovePassword { get; set; }

    public EmailSettingsDetails? Current { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Current = await commands.GetAsync(ct);
        Input = new EmailSettingsRequest
        {
            Host = Current.Host,
            Port = Current.Port,
            Tls = Current.Tls,
            UserName = Current.UserName,
            FromAddress = Current.FromAddress,
            BaseUrl = Current.BaseUrl,
            DigestDay = Current.DigestDay,
        };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // A blank password field keeps the stored one; only the box removes it.
        Input = Input with { Password = RemovePassword ? "" : string.IsNullOrEmpty(Input.Password) ? null : Input.Password };
        return SaveOrShowAsync(
            async () =>
            {
                await commands.ChangeAsync(Input, ct);
                return Done("/organization/email", "E-mail settings saved.");
            },
            async () => Current = await commands.GetAsync(ct));
    }

    public async Task<IActionResult> OnPostTestAsync(string? to, CancellationToken ct)
    {
        try
        {
            await commands.SendTestAsync(to ?? "", ct);
            return Done("/organization/email#test", $"Test e-mail sent to {to}.");
        }
        catch (DomainRuleException rule)
        {
            return Refused("/organization/email#test", rule);
        }
    }
}
