using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Critique;
using Gameplan.Domain.Pace;
using Gameplan.Domain.People;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Pace;

/// <summary>The manager's list: who is off pace, on which commitment, by how much, and why.</summary>
public sealed class OffPaceQueries(GameplanDbContext db, PlanQueries plans, ActivityQueries activities, TimeProvider clock)
{
    /// <summary>Days without activity after which the manager's list says so (as GP502 does for a tactic).</summary>
    public const int IdleDays = 7;

    /// <summary>
    /// Every commitment x person at risk or off track on the active plans today, for the people in
    /// scope: one team (<paramref name="teamId"/>), or by default the teams a manager leads, a rep's
    /// own team, or the whole organisation for admins and executives. Worst attainment first, every line.
    /// </summary>
    public Task<OffPaceDetails> ListOffPaceAsync(Actor actor, int? teamId = null, DateOnly? today = null, CancellationToken ct = default) =>
        ListOffPaceAsync(actor, new OffPaceFilter(TeamId: teamId), today, ct);

    /// <summary>
    /// The off-pace list of <see cref="ListOffPaceAsync(Actor, int?, DateOnly?, CancellationToken)"/>, without the
    /// commitments whose tactic has ended before today, narrowed by <paramref name="filter"/>, sorted and paged.
    /// </summary>
    public async Task<OffPaceDetails> ListOffPaceAsync(Actor actor, OffPaceFilter filter, DateOnly? today = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(filter);
        var teamNames = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        IReadOnlyCollection<int>? teams;
        string scope;
        if (filter.TeamId is { } id)
        {
            var team = teamNames.FirstOrDefault(t => t.Id == id) ?? throw new NotFoundException($"Team {id}");
            teams = PaceAccess.MayReadTeam(actor, id) ? [id] : throw new AccessDeniedException($"You may not see the pace of the team {team.Name}.");
            scope = team.Name;
        }
        else if (PaceAccess.SeesOrganization(actor))
        {
            (teams, scope) = (null, "the organisation");
        }
        else
        {
            teams = actor.Role == PersonRole.Manager ? actor.ManagedTeams : actor.TeamId is { } own ? [own] : [];
            scope = teams.Count == 1 ? teamNames.FirstOrDefault(t => t.Id == teams.First())?.Name ?? "your team" : "your teams";
        }
        var day = PlanCalendar.Check(today, "today") ?? await Today(ct);
        var people = await db.People.AsNoTracking().Where(p => p.IsActive && (teams == null || p.TeamId != null && teams.Contains(p.TeamId.Value)))
            .Select(p => new { p.Id, p.Handle, p.Name, p.TeamId }).ToListAsync(ct);
        var byHandle = people.ToDictionary(p => p.Handle, StringComparer.OrdinalIgnoreCase);
        var teamName = teamNames.ToDictionary(t => t.Id, t => t.Name);
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var active = people.Count == 0 ? [] : await ActivePlans.LoadAsync(db, plans, organization, day, day,
            teams is null ? null : await ActivePlans.WithAncestorsAsync(db, teams, ct), teams is null ? null : [.. people.Select(p => p.Id)], ct);
        // A tactic that ended before today sets no more targets: its shortfall is history, not something to act on.
        var paces = await AggregateFacts.ComputeAsync(db, activities, facts => active
            .SelectMany(a => PaceCalculator.Of(a.Document, facts, day)
                .Where(p => byHandle.ContainsKey(p.Person) && p.Due >= day && p.Status is PaceStatus.AtRisk or PaceStatus.OffTrack)
                .Select(p => (a.Plan, a.Document, Pace: p, Last: facts.LastDay(p.Person, p.Metric, p.Start, day, p.TacticId))))
            .ToList(), ct);
        var all = paces.Select(p =>
            {
                var person = byHandle[p.Pace.Person];
                return new OffPaceLine(
                    p.Plan.Id, p.Plan.Name, p.Pace.TacticId, Action(p.Document, p.Pace.TacticId), p.Pace.Metric, p.Pace.Unit, p.Pace.Person, person.Name,
                    person.TeamId is { } t ? teamName.GetValueOrDefault(t) : null,
                    Numbers.RoundQuantity(p.Pace.TargetToDate), Numbers.RoundQuantity(p.Pace.ActualToDate), Numbers.RoundQuantity(p.Pace.TargetToDate - p.Pace.ActualToDate),
                    Numbers.RoundRatio(p.Pace.Attainment), p.Pace.ProjectedTotal is { } projected ? Numbers.RoundQuantity(projected) : null,
                    Numbers.RoundQuantity(p.Pace.TargetTotal), p.Pace.Status, p.Last, PaceReasons.Of(p.Pace, p.Last, day, IdleDays));
            })
            .ToList();
        var options = new OffPaceOptions(
            [.. all.Select(l => (Handle: l.Person, l.Name)).DistinctBy(p => p.Handle, StringComparer.OrdinalIgnoreCase).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)],
            [.. all.Select(l => l.Metric).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)],
            [.. all.Select(l => (Id: l.PlanId, Name: l.Plan)).DistinctBy(p => p.Id).OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase)]);
        var matching = Sort(all.Where(l => Matches(l, filter)), filter).ToList();
        var size = filter.PageSize is { } wanted ? Math.Max(1, wanted) : Math.Max(1, matching.Count);
        var pageCount = Math.Max(1, (matching.Count + size - 1) / size);
        var page = Math.Clamp(filter.Page, 1, pageCount);
        var links = teamNames.Where(t => teams is null || teams.Contains(t.Id)).Select(t => new TeamLink(t.Id, t.Name)).ToList();
        return new OffPaceDetails(day, scope, people.Count, links, [.. matching.Skip((page - 1) * size).Take(size)], matching.Count, page, pageCount, options);
    }

    private static bool Matches(OffPaceLine line, OffPaceFilter filter) =>
        (string.IsNullOrWhiteSpace(filter.Person) || string.Equals(line.Person, filter.Person.Trim(), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrWhiteSpace(filter.Metric) || string.Equals(line.Metric, filter.Metric.Trim(), StringComparison.OrdinalIgnoreCase))
        && (filter.PlanId is not { } plan || line.PlanId == plan);

    /// <summary>The chosen column first, then worst attainment, then name and metric, so every order is stable.</summary>
    private static IEnumerable<OffPaceLine> Sort(IEnumerable<OffPaceLine> lines, OffPaceFilter filter)
    {
        var text = StringComparer.CurrentCultureIgnoreCase;
        IOrderedEnumerable<OffPaceLine> sorted = filter.Sort switch
        {
            OffPaceSort.Team => Order(lines, l => l.Team ?? "", text, filter.Descending),
            OffPaceSort.Person => Order(lines, l => l.Name, text, filter.Descending),
            OffPaceSort.Metric => Order(lines, l => l.Metric, text, filter.Descending),
            OffPaceSort.Plan => Order(lines, l => l.Plan, text, filter.Descending),
            _ => filter.Descending ? lines.OrderByDescending(l => l.Attainment ?? 0m) : lines.OrderBy(l => l.Attainment ?? 0m),
        };
        return sorted.ThenBy(l => l.Attainment ?? 0m).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Metric, StringComparer.Ordinal)
            .ThenBy(l => l.PlanId).ThenBy(l => l.Tactic, StringComparer.Ordinal);
    }

    private static IOrderedEnumerable<OffPaceLine> Order(IEnumerable<OffPaceLine> lines, Func<OffPaceLine, string> key, IComparer<string> comparer, bool descending) =>
        descending ? lines.OrderByDescending(key, comparer) : lines.OrderBy(key, comparer);

    private static string? Action(PlanDocument plan, string? tacticId) =>
        tacticId is null ? null
            : plan.Strategies.SelectMany(s => s.Tactics).Concat(plan.Tactics).FirstOrDefault(t => string.Equals(t.Id, tacticId, StringComparison.OrdinalIgnoreCase))?.Action;

    private Task<DateOnly> Today(CancellationToken ct) => new OrganizationClock(db, clock).ForOrganizationAsync(ct);
}
