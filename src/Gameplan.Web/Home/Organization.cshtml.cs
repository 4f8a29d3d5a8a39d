using Gameplan.Core.Homes;
using Gameplan.Web.Shared;

namespace Gameplan.Web.Home;

/// <summary>
/// The executive's home: each strategy of the organisation plan with its goals' progress and pace, the
/// strategies that are dreams, the risk radar, and what changed this week. Executives and admins
/// (<c>Policies.OrganizationView</c>).
/// </summary>
public sealed class OrganizationModel(OrganizationHomeQueries homes, Core.Organizations.OrganizationQueries organization) : GameplanPageModel
{
    /// <summary>The organisation's pace thresholds, for the strategies' "on pace" badges.</summary>
    public Domain.Pace.PaceThresholds Thresholds { get; private set; } = Domain.Pace.PaceThresholds.Default;

    public OrganizationHomeDetails Home { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Home = await homes.GetAsync(ct: ct);
        Thresholds = await organization.GetPaceThresholdsAsync(ct);
    }
}
