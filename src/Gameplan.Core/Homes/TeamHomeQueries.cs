using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Pace;
using Gameplan.Core.Plans;
using Gameplan.Domain.Access;
using Gameplan.Domain.Pace;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Homes;

/// <summary>
/// The manager's home (issue #17): for one team, who is on or off pace and why (the team heatmap's
/// attainment and the off-pace list's reasons, not pace maths of its own), the plans that wait on the
/// manager, and this week's reviews. A fixed number of reads whatever the team's size.
/// </summary>
public sealed class TeamHomeQueries(GameplanDbContext db, TeamPaceQueries teamPace, OffPaceQueries offPace, TimeProvider clock)
{
    /// <summary>
    /// The home of <paramref name="teamId"/>, or of the first team the reader may pick (by name): a manager
    /// the teams they lead, admins and executives every team. A team the reader may not read is refused as
    /// its pace page refuses it (<see cref="AccessDeniedException"/>); an unknown team is not found.
    /// </summary>
    public async Task<TeamHome> GetAsync(Actor actor, int? teamId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var all = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new TeamLink(t.Id, t.Name)).ToListAsync(ct);
        var choices = all.Where(t => PaceAccess.SeesOrganization(actor) || actor.ManagedTeams.Contains(t.Id)).ToList();
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        TeamLink? team;
        if (teamId is { } id)
        {
            team = all.FirstOrDefault(t => t.Id == id) ?? throw new NotFoundException($"Team {id}");
            if (!choices.Contains(team))
            {
                throw new AccessDeniedException($"You may not see the home of the team {team.Name}.");
            }
        }
        else
        {
            team = choices.FirstOrDefault();
        }
        if (team is null)
        {
            return new TeamHome(today, null, choices, TeamPaceQueries.DefaultHeatmapDays, [], null, [], monday, []);
        }

        var heatmap = await teamPace.GetTeamPaceAsync(team.Id, actor, today, TeamPaceQueries.DefaultHeatmapDays, ct);
        var behind = (await offPace.ListOffPaceAsync(actor, team.Id, today, ct)).Lines.ToLookup(l => l.Person, StringComparer.OrdinalIgnoreCase);
        var people = heatmap.People
            .Select(row => new TeamHomePerson(row.Person, row.Name, row.Attainment, StatusOf(row, behind[row.Person]), [.. behind[row.Person]]))
            .OrderBy(p => Rank(p.Status)).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();

        var names = await db.People.AsNoTracking().Select(p => new { p.Id, p.Name, p.TeamId, p.IsActive }).ToListAsync(ct);
        var members = names.Where(p => p.IsActive && p.TeamId == team.Id).Select(p => p.Id).ToHashSet();
        var nameOf = names.ToDictionary(p => p.Id, p => p.Name);
        var cycle = await CurrentCycleAsync(today, ct);
        return new TeamHome(today, team, choices, heatmap.Days.Count, people, cycle is null ? null : new TeamHomeCycle(cycle.Id, cycle.Name),
            await PlansAsync(actor, team.Id, cycle, today, nameOf, ct), monday,
            await ReviewsAsync(actor, team.Id, members, monday, monday.AddDays(6), nameOf, ct));
    }

    /// <summary>Off track or at risk on any commitment, else on track when something was due (in the window or today), else null.</summary>
    private static PaceStatus? StatusOf(TeamPaceRow row, IEnumerable<OffPaceLine> lines)
    {
        var worst = lines.Select(l => l.Status).DefaultIfEmpty(PaceStatus.OnTrack).Max(s => s == PaceStatus.OffTrack ? 2 : s == PaceStatus.AtRisk ? 1 : 0);
        return worst switch
        {
            2 => PaceStatus.OffTrack,
            1 => PaceStatus.AtRisk,
            _ => row.Attainment is null ? null : PaceStatus.OnTrack,
        };
    }

    private static int Rank(PaceStatus? status) => status switch
    {
        PaceStatus.OffTrack => 0,
        PaceStatus.AtRisk => 1,
        PaceStatus.OnTrack => 2,
        _ => 3,
    };

    /// <summary>The cycle being planned today: opened and not yet over, the latest period first.</summary>
    private async Task<Domain.Cycles.PlanningCycle?> CurrentCycleAsync(DateOnly today, CancellationToken ct) =>
        (await db.Cycles.AsNoTracking().Where(c => c.Opens <= today && c.PeriodEnd >= today).ToListAsync(ct))
            .OrderByDescending(c => c.PeriodStart).FirstOrDefault();

    /// <summary>
    /// The team's plans and its people's plans in review (each waits for an approval) and in draft (those of the
    /// cycle, or without one those whose period has not ended), that the reader may read; the longest waiting first.
    /// </summary>
    private async Task<IReadOnlyList<TeamHomePlan>> PlansAsync(
        Actor actor, int team, Domain.Cycles.PlanningCycle? cycle, DateOnly today, Dictionary<int, string> nameOf, CancellationToken ct)
    {
        var candidates = db.Plans.Where(p => p.Status == PlanStatus.InReview || p.Status == PlanStatus.Draft && (cycle == null
            ? p.PeriodEnd >= today
            : p.PeriodStart >= cycle.PeriodStart && p.PeriodStart <= cycle.PeriodEnd));
        var heads = (await db.ListAsync(candidates, ct))
            .Where(h => (h.Scope == PlanScope.Team && h.Facts.TeamId == team || h.Scope == PlanScope.Person && h.Facts.OwnerTeamId == team) && h.ReadableBy(actor))
            .ToList();
        var ids = heads.Select(h => h.Id).ToList();
        // The latest submission per plan, taken in memory (SQLite cannot compare offsets).
        var submitted = ids.Count == 0 ? [] : (await db.PlanVersions.AsNoTracking().Where(v => v.Kind == PlanVersionKind.Submitted && ids.Contains(v.PlanId))
            .Select(v => new { v.PlanId, v.At }).ToListAsync(ct)).GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => g.Max(v => v.At));
        return [.. heads
            .Select(h => new TeamHomePlan(h.Id, h.Name, h.Scope, h.Status, h.Facts.OwnerId is { } owner ? nameOf.GetValueOrDefault(owner) : null,
                submitted.TryGetValue(h.Id, out var at) ? at : null, h.Status == PlanStatus.InReview && PlanAccess.Allows(actor, h.Facts, PlanPermission.Approve)))
            .OrderBy(p => p.Status == PlanStatus.InReview ? 0 : 1).ThenBy(p => p.Submitted ?? DateTimeOffset.MaxValue).ThenBy(p => p.Id)];
    }

    /// <summary>
    /// The reviews from <paramref name="from"/> to <paramref name="to"/> of open plans that concern the team: on its
    /// plan or a member's, coaching a member, or with a member taking part; those the reader may read, by date.
    /// </summary>
    private async Task<IReadOnlyList<TeamHomeReview>> ReviewsAsync(
        Actor actor, int team, HashSet<int> members, DateOnly from, DateOnly to, Dictionary<int, string> nameOf, CancellationToken ct)
    {
        var reviews = await db.Plans.AsNoTracking().Where(p => p.Status != PlanStatus.Closed).SelectMany(p => p.Reviews)
            .Where(r => r.Date >= from && r.Date <= to).ToListAsync(ct);
        if (reviews.Count == 0)
        {
            return [];
        }
        var reviewIds = reviews.Select(r => r.Id).ToList();
        var participants = (await db.ReviewParticipants.AsNoTracking().Where(p => reviewIds.Contains(p.ReviewId))
            .Select(p => new { p.ReviewId, p.PersonId }).ToListAsync(ct)).ToLookup(p => p.ReviewId, p => p.PersonId);
        var planIds = reviews.Select(r => r.PlanId).Distinct().ToList();
        var heads = (await db.ListAsync(db.Plans.Where(p => planIds.Contains(p.Id)), ct)).ToDictionary(h => h.Id);
        return [.. reviews
            .Where(r => heads.TryGetValue(r.PlanId, out var plan) && (plan.Scope == PlanScope.Team && plan.Facts.TeamId == team
                || plan.Scope == PlanScope.Person && plan.Facts.OwnerId is { } owner && members.Contains(owner)
                || r.PersonId is { } coached && members.Contains(coached)
                || participants[r.Id].Any(members.Contains))
                && ReviewAccess.MayRead(actor, plan.Facts, new ReviewAccess.Facts(r.Kind, r.PersonId, [.. participants[r.Id]])))
            .OrderBy(r => r.Date).ThenBy(r => r.Id)
            .Select(r => new TeamHomeReview(r.Id, r.PlanId, heads[r.PlanId].Name, r.Kind, r.Date, r.Held, r.PersonId is { } p ? nameOf.GetValueOrDefault(p) : null))];
    }
}
