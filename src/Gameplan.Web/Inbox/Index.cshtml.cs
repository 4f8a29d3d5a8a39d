using Gameplan.Core;
using Gameplan.Core.Commitments;
using Gameplan.Core.Inbox;
using Gameplan.Domain;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Inbox;

/// <summary>
/// The person's inbox: every open thing they must do, each linking to where it is done; commitments are
/// acknowledged right here. <c>?handler=count</c> is the navigation's count (loaded after the page).
/// </summary>
public sealed class InboxModel(InboxQueries inbox, CommitmentCommands commitments, CurrentUser me) : GameplanPageModel
{
    public InboxDetails? Inbox { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.PersonId() is { } person)
        {
            Inbox = await inbox.ForPersonAsync(person, ct: ct);
        }
        return Page();
    }

    /// <summary>The number of open items, as the navigation shows it (empty when there are none or no person).</summary>
    public async Task<IActionResult> OnGetCountAsync(CancellationToken ct)
    {
        var count = User.PersonId() is { } person ? (await inbox.ForPersonAsync(person, ct: ct)).Count : 0;
        Response.Headers.CacheControl = "private, no-store";
        return Content(count == 0 ? "" : $"<span class=\"count\" aria-label=\"{Numbers.Format(count)} open\">{Numbers.Format(count)}</span>", "text/html; charset=utf-8");
    }

    /// <summary>The person acknowledges a commitment of theirs from the inbox (nobody acknowledges for someone else).</summary>
    public async Task<IActionResult> OnPostAcknowledgeAsync(int planId, int commitmentId, CancellationToken ct)
    {
        try
        {
            var acknowledged = await commitments.AcknowledgeOwnAsync(planId, commitmentId, await me.ActorAsync(ct), ct);
            TempData[Flash.Message] = $"Acknowledged: {Display.MetricWords(acknowledged.Metric)}.";
            return Redirect("/inbox");
        }
        catch (Exception e) when (e is DomainRuleException or AccessDeniedException or NotFoundException)
        {
            ModelState.AddModelError("", e is NotFoundException ? "That commitment is no longer yours to acknowledge." : e.Message);
        }
        if (User.PersonId() is { } person)
        {
            Inbox = await inbox.ForPersonAsync(person, ct: ct);
        }
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
