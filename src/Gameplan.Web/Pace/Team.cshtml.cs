using Gameplan.Core;
using Gameplan.Core.Pace;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Pace;

/// <summary>A team's heatmap: each member's attainment on each of the last working days, with the same numbers as a table.</summary>
public sealed class TeamPaceModel(TeamPaceQueries pace, CurrentUser me) : GameplanPageModel
{
    public TeamPaceDetails Pace { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, DateOnly? today, int? days, CancellationToken ct)
    {
        try
        {
            Pace = await pace.GetTeamPaceAsync(id, await me.ActorAsync(ct), today, days ?? TeamPaceQueries.DefaultHeatmapDays, ct);
            return Page();
        }
        catch (AccessDeniedException)
        {
            return Forbid();
        }
    }

    /// <summary>A cell's tooltip: who, which day, the attainment and each commitment's numbers.</summary>
    public static string Title(TeamPaceRow row, TeamPaceCell cell) =>
        $"{row.Name}, {cell.Date:ddd d MMM}: " + (cell.Attainment is null
            ? "nothing due"
            : $"{PaceDisplay.Percent(cell.Attainment)} ({string.Join("; ", cell.Metrics.Select(m => $"{m.Metric} {Display.Number(m.Actual)} of {Display.Number(m.Target)}"))})");
}
