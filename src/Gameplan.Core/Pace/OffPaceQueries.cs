using System.Globalization;
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
    /// own team, or the whole organisation for admins and executives. Worst attainment first.
    /// </summary>
    public async Task<OffPaceDetails> ListOffPaceAsync(Actor actor, int? teamId = null, DateOnly? today = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var teamNames = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        IReadOnlyCollection<int>? teams;
        string scope;
        if (teamId is { } id)
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
            .Select(p => new { p.Id, p.Handle, p.Name }).ToListAsync(ct);
        var names = people.ToDictionary(p => p.Handle, p => p.Name, StringComparer.OrdinalIgnoreCase);
        var organization = (await OrganizationQueries.LoadAsync(db, ct)).Settings;
        var active = people.Count == 0 ? [] : await ActivePlans.LoadAsync(db, plans, organization, day, day,
            teams is null ? null : await ActivePlans.WithAncestorsAsync(db, teams, ct), teams is null ? null : [.. people.Select(p => p.Id)], ct);
        var paces = await AggregateFacts.ComputeAsync(db, activities, facts => active
            .SelectMany(a => PaceCalculator.Of(a.Document, facts, day).Where(p => names.ContainsKey(p.Person)).Select(p => (a.Plan, a.Document, Pace: p,
                Last: facts.LastDay(p.Person, p.Metric, p.Start, day, p.TacticId))))
            .ToList(), ct);
        var lines = paces.Where(p => p.Pace.Status is PaceStatus.AtRisk or PaceStatus.OffTrack)
            .Select(p => new OffPaceLine(
                p.Plan.Id, p.Plan.Name, p.Pace.TacticId, Action(p.Document, p.Pace.TacticId), p.Pace.Metric, p.Pace.Unit, p.Pace.Person, names[p.Pace.Person],
                Numbers.RoundQuantity(p.Pace.TargetToDate), Numbers.RoundQuantity(p.Pace.ActualToDate), Numbers.RoundQuantity(p.Pace.TargetToDate - p.Pace.ActualToDate),
                Numbers.RoundRatio(p.Pace.Attainment), p.Pace.ProjectedTotal is { } projected ? Numbers.RoundQuantity(projected) : null,
                Numbers.RoundQuantity(p.Pace.TargetTotal), p.Pace.Status, p.Last, Reasons(p.Pace, p.Last, day)))
            .OrderBy(l => l.Attainment).ThenBy(l => l.Name, StringComparer.Ordinal).ThenBy(l => l.Metric, StringComparer.Ordinal)
            .ToList();
        var links = teamNames.Where(t => teams is null || teams.Contains(t.Id)).Select(t => new TeamLink(t.Id, t.Name)).ToList();
        return new OffPaceDetails(day, scope, people.Count, links, lines);
    }

    /// <summary>Why a person is behind, in words a manager can bring to a one-on-one.</summary>
    private static List<string> Reasons(CommitmentPace pace, DateOnly? last, DateOnly today)
    {
        var reasons = new List<string>();
        if (pace.ActualToDate <= 0m)
        {
            reasons.Add(Text($"not started: nothing logged since the start on {pace.Start:yyyy-MM-dd}"));
        }
        else if (last is { } day && today.DayNumber - day.DayNumber >= IdleDays)
        {
            reasons.Add(Text($"no activity for {today.DayNumber - day.DayNumber} days (last on {day:yyyy-MM-dd})"));
        }
        var share = pace.Attainment is { } a ? Numbers.Percent(a) : 0m;
        reasons.Add(pace.Status == PaceStatus.OffTrack
            ? Text($"low attainment: {share}% of the {Numbers.Format(pace.TargetToDate, 2)} due so far")
            : Text($"slightly behind: {share}% of the {Numbers.Format(pace.TargetToDate, 2)} due so far"));
        if (pace.ProjectedTotal is { } projected)
        {
            reasons.Add(Text($"on pace for {Numbers.Format(projected, 1)} of {Numbers.Format(pace.TargetTotal, 1)}"));
        }
        return reasons;
    }

    private static string? Action(PlanDocument plan, string? tacticId) =>
        tacticId is null ? null
            : plan.Strategies.SelectMany(s => s.Tactics).Concat(plan.Tactics).FirstOrDefault(t => string.Equals(t.Id, tacticId, StringComparison.OrdinalIgnoreCase))?.Action;

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private Task<DateOnly> Today(CancellationToken ct) => new OrganizationClock(db, clock).ForOrganizationAsync(ct);
}
