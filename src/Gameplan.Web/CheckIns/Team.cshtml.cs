using Gameplan.Core;
using Gameplan.Core.CheckIns;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.CheckIns;

/// <summary>A team's check-in discipline: each member on an active plan, share of weeks, misses in a row, last check-in, twelve-week trend.</summary>
public sealed class TeamCheckInsModel(CheckInQueries queries, CurrentUser me) : GameplanPageModel
{
    public TeamCheckIns Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        try
        {
            Report = await queries.TeamAsync(id, await me.ActorAsync(ct), ct);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    /// <summary>The trend in words, oldest week first, for screen readers and the table.</summary>
    public static string TrendText(CheckInStanding person) =>
        person.Trend.Count == 0 ? "no week due yet" : string.Join(", ", person.Trend.Select(w => $"{Display.Date(w.Due)} {(w.CheckedIn ? "checked in" : "missed")}"));
}
