using Gameplan.Core.Notifications;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Notifications;

/// <summary>
/// The digest's unsubscribe link, opened without signing in: its signed token turns that person's digest off
/// and the page says so. A malformed, tampered or unknown token is a 404 with a plain sentence. One-click
/// unsubscribing (RFC 8058) POSTs the same address, without an antiforgery token (the signed token is the proof).
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(NotificationCommands commands) : GameplanPageModel
{
    /// <summary>The name of the person whose digests stopped; null when the link did not work.</summary>
    public string? Name { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token, CancellationToken ct) => await UnsubscribeAsync(token, ct);

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken ct) => await UnsubscribeAsync(token, ct);

    private async Task<IActionResult> UnsubscribeAsync(string? token, CancellationToken ct)
    {
        Name = await commands.UnsubscribeAsync(token, ct);
        if (Name is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
        return Page();
    }
}
