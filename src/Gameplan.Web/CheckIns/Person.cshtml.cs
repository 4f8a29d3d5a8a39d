using Gameplan.Core;
using Gameplan.Core.CheckIns;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.CheckIns;

/// <summary>A person's check-ins, newest first, and how they keep the habit: for them, their managers, executives and admins.</summary>
public sealed class PersonCheckInsModel(CheckInQueries queries, CurrentUser me) : GameplanPageModel
{
    public PersonCheckIns History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            History = await queries.HistoryAsync(id, await me.ActorAsync(ct), ct);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }
}
