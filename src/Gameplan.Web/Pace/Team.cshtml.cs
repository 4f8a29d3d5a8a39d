using Gameplan.Core;
using Gameplan.Core.CheckIns;
using Gameplan.Core.Pace;
using Gameplan.Web.Hosting.Security;
using Gameplan.Web.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Gameplan.Web.Pace;

/// <summary>A team's page: who has not checked in this week (for its managers), and its heatmap: each member's attainment on each of the last working days, with the same numbers as a table.</summary>
public sealed class TeamPaceModel(TeamPaceQueries pace, CheckInQueries checkIns, CurrentUser me, Core.Organizations.OrganizationQueries organization) : GameplanPageModel
{
    /// <summary>The organisation's pace thresholds, for the heatmap's colours.</summary>
    public Domain.Pace.PaceThresholds Thresholds { get; private set; } = Domain.Pace.PaceThresholds.Default;

    public TeamPaceDetails Pace { get; private set; } = null!;

    /// <summary>Who has not checked in this week; null for a reader who may not read the team's check-ins (a rep).</summary>
    public TeamCheckIns? CheckIns { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, DateOnly? today, int? days, CancellationToken ct)
    {
        try
        {
            var actor = await me.ActorAsync(ct);
            Pace = await pace.GetTeamPaceAsync(id, actor, today, days ?? TeamPaceQueries.DefaultHeatmapDays, ct);
            Thresholds = await organization.GetPaceThresholdsAsync(ct);
            CheckIns = CheckInQueries.MayReadTeam(actor, id) ? await checkIns.TeamAsync(id, actor, ct) : null;
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
            : $"{PaceDisplay.Percent(cell.Attainment)} ({string.Join("; ", cell.Metrics.Select(m => $"{Display.Metric(m.Metric)} {Display.Number(m.Actual)} of {Display.Number(m.Target)}{(m.Period is { } period ? $" {period}" : "")}"))})");
}
