using Gameplan.Core.Data;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Funnels;

/// <summary>
/// Finds the funnel that applies to stored plans and teams: a plan's own, else its team's (a person's
/// plan: its owner's team), else the nearest team above that has one, else the organisation's default.
/// Funnels are few (one an organisation, team or plan), so the organisation's and teams' are read whole.
/// </summary>
internal static class StoredFunnels
{
    /// <summary>The effective funnel of each plan (every id is in the answer; an unknown plan has none).</summary>
    public static async Task<IReadOnlyDictionary<int, (SalesFunnel? Funnel, EffectiveFunnel Effective)>> ForPlansAsync(
        GameplanDbContext db, IReadOnlyCollection<int> planIds, CancellationToken ct)
    {
        var ids = planIds.Distinct().ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.TeamId, p.OwnerId }).ToListAsync(ct);
        var owners = plans.Where(p => p.TeamId is null && p.OwnerId is not null).Select(p => p.OwnerId!.Value).Distinct().ToList();
        var ownerTeams = owners.Count == 0 ? [] : await db.People.AsNoTracking().Where(p => owners.Contains(p.Id))
            .Select(p => new { p.Id, p.TeamId }).ToDictionaryAsync(p => p.Id, p => p.TeamId, ct);
        var tree = await TreeAsync(db, ct);
        var own = await db.Funnels.AsNoTracking().Where(f => f.PlanId != null && ids.Contains(f.PlanId.Value)).ToListAsync(ct);
        var result = new Dictionary<int, (SalesFunnel?, EffectiveFunnel)>();
        foreach (var id in ids)
        {
            var plan = plans.FirstOrDefault(p => p.Id == id);
            if (own.FirstOrDefault(f => f.PlanId == id) is { } mine)
            {
                result[id] = (mine, new EffectiveFunnel(FunnelSource.Plan, null, null, Details(mine)));
                continue;
            }
            var team = plan?.TeamId ?? (plan?.OwnerId is { } owner ? ownerTeams.GetValueOrDefault(owner) : null);
            result[id] = tree.Above(team);
        }
        return result;
    }

    /// <summary>The effective funnel of a team: its own, else the nearest team above, else the organisation's.</summary>
    public static async Task<EffectiveFunnel> ForTeamAsync(GameplanDbContext db, int teamId, CancellationToken ct) =>
        (await TreeAsync(db, ct)).Above(teamId).Effective;

    /// <summary>The organisation's default funnel, or none.</summary>
    public static async Task<EffectiveFunnel> ForOrganizationAsync(GameplanDbContext db, CancellationToken ct) =>
        await db.Funnels.AsNoTracking().FirstOrDefaultAsync(f => f.TeamId == null && f.PlanId == null, ct) is { } funnel
            ? new EffectiveFunnel(FunnelSource.Organization, null, null, Details(funnel))
            : EffectiveFunnel.None;

    /// <summary>A stored funnel as answered; the deal value without the trailing zeros a provider may read back (20000.0 is 20000).</summary>
    public static FunnelDetails Details(SalesFunnel funnel) => new(
        Numbers.Round(funnel.DealValue, Numbers.FullDecimals), funnel.Currency, funnel.CycleDays,
        [.. funnel.Stages.Select(stage => new FunnelStageDetails(stage.Metric ?? "", stage.Rate, stage.Minutes))], funnel.Version);

    private static async Task<Tree> TreeAsync(GameplanDbContext db, CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name, t.ParentTeamId }).ToListAsync(ct);
        var funnels = await db.Funnels.AsNoTracking().Where(f => f.PlanId == null).ToListAsync(ct);
        return new Tree(
            teams.ToDictionary(t => t.Id, t => (t.Name, t.ParentTeamId)),
            funnels.Where(f => f.TeamId is not null).ToDictionary(f => f.TeamId!.Value),
            funnels.FirstOrDefault(f => f.TeamId is null));
    }

    private sealed record Tree(Dictionary<int, (string Name, int? Parent)> Teams, Dictionary<int, SalesFunnel> ByTeam, SalesFunnel? Organization)
    {
        public (SalesFunnel? Funnel, EffectiveFunnel Effective) Above(int? teamId)
        {
            var seen = new HashSet<int>();
            for (var cursor = teamId; cursor is { } id && seen.Add(id) && Teams.TryGetValue(id, out var team); cursor = team.Parent)
            {
                if (ByTeam.TryGetValue(id, out var funnel))
                {
                    return (funnel, new EffectiveFunnel(FunnelSource.Team, id, team.Name, Details(funnel)));
                }
            }
            return Organization is { } organization
                ? (organization, new EffectiveFunnel(FunnelSource.Organization, null, null, Details(organization)))
                : (null, EffectiveFunnel.None);
        }
    }
}
