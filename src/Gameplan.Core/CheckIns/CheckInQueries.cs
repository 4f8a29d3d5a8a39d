using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.CheckIns;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.CheckIns;

/// <summary>
/// Weekly check-ins as people read them: my form for a week (my commitments on active plans, each pre-filled with
/// the week's logged activity, beside my previous check-in), whether my check-in is due, a person's check-ins and
/// standing, and a team's report (who has not checked in and since when, share of weeks, twelve-week trend).
/// Reads are checked with <see cref="CheckInAccess"/>.
/// </summary>
public sealed class CheckInQueries(GameplanDbContext db, PlanQueries plans, ActivityQueries activities, TimeProvider clock)
{
    /// <summary>How many check-ins a person's history shows.</summary>
    public const int HistoryLength = 52;

    /// <summary>The form of <paramref name="actor"/>'s own check-in for the week holding <paramref name="week"/> (default: today's week).</summary>
    /// <exception cref="DomainRuleException">The account has no person (field <c>person</c>), or the week is still to come (<c>week</c>).</exception>
    public async Task<CheckInForm> FormAsync(Actor actor, DateOnly? week = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var me = Me(actor);
        var (today, day) = await TodayAsync(me, ct);
        var due = Week(week, today, day);
        var from = due.AddDays(-6);
        var person = await db.People.AsNoTracking().Where(p => p.Id == me).Select(p => new CheckInPlans.Member(p.Id, p.Handle, p.TeamId)).FirstAsync(ct);
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var on = await CheckInPlans.ForAsync(db, plans, organization, [person], from, due, ct);

        var directory = await ActivityDirectory.LoadAsync(db, ct);
        var metrics = on.SelectMany(p => p.Running(from, due)).Select(c => directory.FindMetric(c.Commitment.Metric)).OfType<int>().Distinct().ToList();
        var totals = metrics.Count == 0 ? [] : await activities.TotalsAsync(new ActivitySelection([me], metrics), from, due, ct);
        decimal Logged(string metric) => directory.FindMetric(metric) is { } id ? totals.Where(t => t.MetricId == id).Sum(t => t.Quantity) : 0m;

        var planIds = on.Select(p => p.Plan.Id).ToList();
        var stored = await db.CheckIns.AsNoTracking().Include(c => c.Lines.OrderBy(l => l.Id))
            .Where(c => c.PersonId == me && planIds.Contains(c.PlanId) && c.Week <= due).OrderByDescending(c => c.Week).ToListAsync(ct);
        var current = stored.Where(c => c.Week == due).ToList();
        var previous = stored.Where(c => c.Week < due).GroupBy(c => c.PlanId).Select(g => g.First()).ToList();
        var details = (await CheckInMapping.ToDetailsAsync(db, [.. current, .. previous], ct)).ToLookup(c => (c.PlanId, c.Week == due));

        var forms = on.Select(p => new CheckInPlanForm(
            p.Plan.Id, p.Plan.Name,
            [.. p.Running(from, due).Select(c => new CheckInCommitment(c.Commitment.Id, c.Tactic.Key, c.Tactic.Action, c.Commitment.Metric, c.Commitment.Unit,
                Numbers.RoundQuantity(c.Commitment.Target), c.Commitment.Per.ToString().ToLowerInvariant(), Numbers.RoundQuantity(Logged(c.Commitment.Metric))))],
            details[(p.Plan.Id, true)].FirstOrDefault(),
            details[(p.Plan.Id, false)].FirstOrDefault())).ToList();
        return new CheckInForm(me, person.Handle, due, from, day, today, forms);
    }

    /// <summary>
    /// The due day of the week <paramref name="personId"/> still owes a check-in for: today's week, when they are on an
    /// active plan and have not checked in for it; null otherwise (nothing due). For the inbox and reminders.
    /// </summary>
    public async Task<DateOnly?> DueWeekAsync(int personId, CancellationToken ct = default) => await DueWeekAsync(personId, null, ct);

    /// <inheritdoc cref="DueWeekAsync(int, CancellationToken)"/>
    /// <param name="asOf">The day to ask on (default: the person's today).</param>
    public async Task<DateOnly?> DueWeekAsync(int personId, DateOnly? asOf, CancellationToken ct = default)
    {
        var (today, day) = await TodayAsync(personId, ct);
        today = asOf ?? today;
        var due = CheckInWeeks.DueFor(today, day);
        if (await db.CheckIns.AnyAsync(c => c.PersonId == personId && c.Week == due, ct))
        {
            return null;
        }
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.IsActive).Select(p => new CheckInPlans.Member(p.Id, p.Handle, p.TeamId)).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }
        var on = await CheckInPlans.ForAsync(db, plans, await OrganizationQueries.LoadAsync(db, ct), [person], due.AddDays(-6), due, ct);
        return on.Count == 0 ? null : due;
    }

    /// <summary>Whether <paramref name="personId"/> owes this week's check-in (see <see cref="DueWeekAsync(int, CancellationToken)"/>).</summary>
    public async Task<bool> IsDueAsync(int personId, CancellationToken ct = default) => await DueWeekAsync(personId, ct) is not null;

    /// <summary>A person's last <paramref name="take"/> check-ins, newest first (the 1:1 agenda shows a few).</summary>
    /// <exception cref="AccessDeniedException">The actor may not read this person's check-ins.</exception>
    public async Task<IReadOnlyList<CheckInDetails>> RecentAsync(int personId, Actor actor, int take = 4, CancellationToken ct = default)
    {
        await AllowedAsync(personId, actor, ct);
        return await LatestAsync(personId, Math.Clamp(take, 1, HistoryLength), ct);
    }

    /// <summary>A person's check-ins (the last <see cref="HistoryLength"/>, newest first) and how they keep the habit.</summary>
    /// <exception cref="NotFoundException">No such person in the organisation.</exception>
    /// <exception cref="AccessDeniedException">The actor may not read this person's check-ins (a rep reading a colleague's).</exception>
    public async Task<PersonCheckIns> HistoryAsync(int personId, Actor actor, CancellationToken ct = default)
    {
        var person = await AllowedAsync(personId, actor, ct);
        var (today, day) = await TodayAsync(personId, ct);
        var standing = (await StandingsAsync([person], today, day, ct)).SingleOrDefault();
        return new PersonCheckIns(person.Member.Id, person.Member.Handle, person.Name, standing, await LatestAsync(personId, HistoryLength, ct));
    }

    /// <summary>
    /// A team's check-in report as of the organisation's today: each active member on an active plan with their
    /// standing; <see cref="TeamCheckIns.Missing"/> lists who has not checked in this week and since when.
    /// </summary>
    /// <exception cref="AccessDeniedException">Only the team's managers (and those above), executives and admins read it.</exception>
    public async Task<TeamCheckIns> TeamAsync(int teamId, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Team {teamId}");
        if (!CheckInAccess.MayReadTeam(actor, team.Id))
        {
            throw new AccessDeniedException($"Only the managers of {team.Name}, executives and admins read its check-ins.");
        }
        var today = await new OrganizationClock(db, clock).ForOrganizationAsync(ct);
        var day = (await OrganizationQueries.LoadAsync(db, ct)).CheckInDay;
        var members = await db.People.AsNoTracking().Where(p => p.IsActive && p.TeamId == team.Id)
            .Select(p => new { Member = new CheckInPlans.Member(p.Id, p.Handle, p.TeamId), p.Name }).ToListAsync(ct);
        var standings = await StandingsAsync([.. members.Select(m => (m.Member, m.Name))], today, day, ct);
        return new TeamCheckIns(team.Id, team.Name, today, CheckInWeeks.DueFor(today, day), day, [.. standings.OrderBy(s => s.Name, StringComparer.Ordinal)]);
    }

    /// <summary>Who in the team has not checked in this week, longest silence first (the manager's team page).</summary>
    public async Task<IReadOnlyList<CheckInStanding>> MissingAsync(int teamId, Actor actor, CancellationToken ct = default) =>
        (await TeamAsync(teamId, actor, ct)).Missing;

    /// <summary>Whether the actor may read the team's check-ins (pages show the section only then).</summary>
    public static bool MayReadTeam(Actor actor, int teamId) => CheckInAccess.MayReadTeam(actor, teamId);

    /// <summary>The standing of each person on an active plan today; people on none are left out.</summary>
    private async Task<IReadOnlyList<CheckInStanding>> StandingsAsync(IReadOnlyList<(CheckInPlans.Member Member, string Name)> people, DateOnly today, DayOfWeek day, CancellationToken ct)
    {
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var on = (await CheckInPlans.ForAsync(db, plans, organization, [.. people.Select(p => p.Member)], today, today, ct)).ToLookup(p => p.PersonId);
        var ids = people.Select(p => p.Member.Id).ToList();
        var weeks = (await db.CheckIns.AsNoTracking().Where(c => ids.Contains(c.PersonId)).Select(c => new { c.PersonId, c.Week }).ToListAsync(ct))
            .ToLookup(c => c.PersonId, c => c.Week);
        var thisWeek = CheckInWeeks.DueFor(today, day);
        return [.. people.Where(p => on[p.Member.Id].Any()).Select(p =>
        {
            var since = on[p.Member.Id].Min(x => x.Joined);
            var discipline = CheckInDiscipline.Of(weeks[p.Member.Id], since, today, day);
            return new CheckInStanding(p.Member.Id, p.Member.Handle, p.Name, discipline.Expected, discipline.CheckedIn, Numbers.RoundRatio(discipline.Share),
                discipline.MissedInARow, discipline.LastCheckIn, weeks[p.Member.Id].Contains(thisWeek), discipline.Lapsed, discipline.Trend);
        })];
    }

    private async Task<IReadOnlyList<CheckInDetails>> LatestAsync(int personId, int take, CancellationToken ct)
    {
        var stored = await db.CheckIns.AsNoTracking().Include(c => c.Lines.OrderBy(l => l.Id)).Where(c => c.PersonId == personId)
            .OrderByDescending(c => c.Week).ThenBy(c => c.PlanId).Take(take).ToListAsync(ct);
        return await CheckInMapping.ToDetailsAsync(db, stored, ct);
    }

    private async Task<(CheckInPlans.Member Member, string Name)> AllowedAsync(int personId, Actor actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { Member = new CheckInPlans.Member(p.Id, p.Handle, p.TeamId), p.Name }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Person {personId}");
        return CheckInAccess.MayRead(actor, person.Member.Id, person.Member.TeamId)
            ? (person.Member, person.Name)
            : throw new AccessDeniedException($"You may not read {person.Name}'s check-ins: only they, their managers, executives and admins do.");
    }

    private async Task<(DateOnly Today, DayOfWeek Day)> TodayAsync(int personId, CancellationToken ct) =>
        (await new OrganizationClock(db, clock).ForPersonAsync(personId, ct), (await OrganizationQueries.LoadAsync(db, ct)).CheckInDay);

    /// <summary>The actor's person; an account without one is refused naming <c>person</c>.</summary>
    public static int Me(Actor actor) =>
        actor.PersonId ?? throw new DomainRuleException("Your account is not linked to a person, so it has no check-ins.", "person");

    /// <summary>The due day of the week holding <paramref name="week"/> (default today); a week still to come is refused.</summary>
    internal static DateOnly Week(DateOnly? week, DateOnly today, DayOfWeek day)
    {
        var due = CheckInWeeks.DueFor(week ?? today, day);
        return due <= CheckInWeeks.DueFor(today, day) ? due : throw new DomainRuleException("Check in for this week or an earlier one, not a week still to come.", "week");
    }
}
