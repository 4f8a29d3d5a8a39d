using Gameplan.Core.Critique;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Alignment;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Cycles;
using Gameplan.Domain.People;
using Gameplan.Domain.Plans;
using Gameplan.Domain.Versions;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Cycles;

/// <summary>
/// Planning cycles and the cycle page: per team and per person, who has a plan for the period, where it
/// stands, the days left to the next due date, and how far the plans under each plan cover its goals.
/// A plan belongs to a cycle when its period starts within the cycle's period.
/// </summary>
public sealed class CycleQueries(GameplanDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CycleDetails>> ListAsync(CancellationToken ct = default) =>
        [.. (await db.Cycles.AsNoTracking().OrderByDescending(c => c.PeriodStart).ToListAsync(ct)).Select(ToDetails)];

    public async Task<CycleDetails> GetAsync(int id, CancellationToken ct = default) => ToDetails(await LoadAsync(db, id, ct));

    /// <summary>
    /// The cycle page as <paramref name="actor"/> may see it: admins and executives every team, a manager
    /// the teams they lead, anyone else their own line in their team. Null actor: everything (the CLI).
    /// </summary>
    public async Task<CycleBoard> BoardAsync(int id, Actor? actor, DateOnly? today = null, CancellationToken ct = default)
    {
        var cycle = await LoadAsync(db, id, ct);
        var day = PlanCalendar.Check(today, "today") ?? await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.PeriodStart >= cycle.PeriodStart && p.PeriodStart <= cycle.PeriodEnd)
            .OrderBy(p => p.PeriodStart).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.Scope, p.TeamId, p.OwnerId, p.Status })
            .ToListAsync(ct);
        var returned = await ReturnedAsync([.. plans.Where(p => p.Status == PlanStatus.Draft).Select(p => p.Id)], ct);
        var children = await StoredPlanFamilies.ChildrenOfAsync(db, [.. plans.Select(p => p.Id)], ct);
        var all = actor is null || actor.Role is PersonRole.Admin or PersonRole.Executive;
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var people = await db.People.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).ToListAsync(ct);
        var counts = Enum.GetValues<CycleStatus>().ToDictionary(s => s, _ => 0);

        CycleStanding Standing(CyclePlan? plan)
        {
            var standing = CycleStanding.Of(cycle, plan?.Status, plan is not null && returned.Contains(plan.Id), day);
            counts[standing.Status]++;
            return standing;
        }

        var organizationPlan = plans.FirstOrDefault(p => p.Scope == PlanScope.Organization) is { } o ? new CyclePlan(o.Id, o.Name, o.Status) : null;
        var organizationStanding = Standing(organizationPlan);
        var rows = new List<CycleTeam>();
        foreach (var team in teams)
        {
            var managed = actor is not null && actor.ManagedTeams.Contains(team.Id);
            var own = actor is not null && actor.TeamId == team.Id;
            if (!all && !managed && !own)
            {
                continue;
            }
            var teamPlan = plans.FirstOrDefault(p => p.Scope == PlanScope.Team && p.TeamId == team.Id) is { } t ? new CyclePlan(t.Id, t.Name, t.Status) : null;
            var teamStanding = Standing(teamPlan);
            var members = people.Where(p => p.TeamId == team.Id && (all || managed || p.Id == actor!.PersonId));
            var lines = new List<CyclePerson>();
            foreach (var person in members)
            {
                var plan = plans.FirstOrDefault(p => p.Scope == PlanScope.Person && p.OwnerId == person.Id) is { } mine ? new CyclePlan(mine.Id, mine.Name, mine.Status) : null;
                if (plan is null && person.Role == PersonRole.Manager)
                {
                    // A manager's plan is the team's (the line above); one with a plan of their own is listed with it.
                    continue;
                }
                var standing = Standing(plan);
                lines.Add(new CyclePerson(person.Handle, person.Name, person.Role, plan, standing.Status, standing.DueBy, standing.DaysLeft));
            }
            rows.Add(new CycleTeam(team.Id, team.Name, teamPlan, teamStanding.Status, teamStanding.DueBy, teamStanding.DaysLeft,
                teamPlan is null ? [] : await CoverageAsync(teamPlan.Id, children[teamPlan.Id].ToList(), ct), lines));
        }
        var organizationCoverage = organizationPlan is null || !all ? [] : await CoverageAsync(organizationPlan.Id, children[organizationPlan.Id].ToList(), ct);
        return new CycleBoard(ToDetails(cycle), day, organizationPlan, organizationStanding.Status, organizationCoverage, rows, counts);
    }

    internal static CycleDetails ToDetails(PlanningCycle cycle) =>
        new(cycle.Id, cycle.Name, cycle.PeriodStart, cycle.PeriodEnd, cycle.Opens, cycle.DraftsDue, cycle.ReviewsDue);

    internal static async Task<PlanningCycle> LoadAsync(GameplanDbContext db, int id, CancellationToken ct) =>
        await db.Cycles.FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw new NotFoundException($"Cycle {id}");

    /// <summary>The coverage of each goal of the plan that the plans under it contribute to.</summary>
    private async Task<IReadOnlyList<CycleCoverage>> CoverageAsync(int planId, List<PlanDocument> children, CancellationToken ct)
    {
        if (children.Count == 0)
        {
            return [];
        }
        var goals = await db.Plans.Where(p => p.Id == planId).SelectMany(p => p.Goals).AsNoTracking().OrderBy(g => g.Id)
            .Select(g => new GoalDocument { Id = g.Key, Title = g.Title, Unit = g.Unit, Target = g.Target }).ToListAsync(ct);
        return [.. goals.Select(g => (Goal: g, Coverage: Coverage.OfGoal(g, children)))
            .Where(x => x.Coverage.IsCascaded)
            .Select(x => new CycleCoverage(x.Goal.Id!, x.Goal.Title ?? "", x.Coverage.Covered, x.Coverage.Target, Numbers.RoundRatio(x.Coverage.Ratio), x.Coverage.Percent))];
    }

    /// <summary>The drafts among <paramref name="drafts"/> that were submitted before (a stored version): their approver sent them back.</summary>
    private async Task<HashSet<int>> ReturnedAsync(IReadOnlyCollection<int> drafts, CancellationToken ct) =>
        drafts.Count == 0 ? [] : [.. await db.PlanVersions.Where(v => drafts.Contains(v.PlanId) && v.Kind == PlanVersionKind.Submitted)
            .Select(v => v.PlanId).Distinct().ToListAsync(ct)];
}
