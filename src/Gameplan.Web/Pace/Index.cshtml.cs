using Gameplan.Core;
using Gameplan.Core.Pace;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Pace;

/// <summary>The manager's list: who is off pace on which commitment, by how much and why; a manager's teams by default, the organisation for admins and executives.</summary>
public sealed class OffPaceModel(OffPaceQueries pace, CurrentUser me) : GameplanPageModel
{
    public OffPaceDetails List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? team, DateOnly? today, CancellationToken ct)
    {
        try
        {
            List = await pace.ListOffPaceAsync(await me.ActorAsync(ct), team, today, ct);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }
}
