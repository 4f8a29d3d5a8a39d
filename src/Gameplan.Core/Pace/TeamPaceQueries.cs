using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Organizations;
using Gameplan.Core.Plans;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Pace;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Pace;

/// <summary>
/// The team heatmap: person x day attainment over the team's last working days, from the day aggregates.
/// A commitment per day or per tactic counts each day by its own share; one per week, month or quarter
/// counts each day by its period's standing (what the period holds so far against its target so far,
/// <see cref="CommitmentPeriods.HeatOf"/>), so a rep who met a weekly target on Monday is not red all week.
/// </summary>
public sealed class TeamPaceQueries(GameplanDbContext db, PlanQueries plans, ActivityQueries activities, TimeProvider clock)
{
    /// <summary>A heatmap cell caps each commitment's day at twice its target.</summary>
    public const decimal AttainmentCap = 2m;

    public const int DefaultHeatmapDays = 20;

    /// <summary>Longest heatmap, in working days (about a quarter).</summary>
    public const int MaxHeatmapDays = 66;

    /// <summary>
    /// The active members of the team, each working day of the last <paramref name="days"/> (the
    /// organisation's calendar, ending today): what was due from them on the active plans and what
    /// they logged. Reads: the team, its members, the plans, and one read of the day aggregates.
    /// </summary>
    public async Task<TeamPaceDetails> GetTeamPaceAsync(int teamId, Actor actor, DateOnly? today = null, int days = DefaultHeatmapDays, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(ct)
            ?? throw new NotFoundException($"Team {teamId}");
        if (!PaceAccess.MayReadTeam(actor, team.Id))
        {
            throw new AccessDeniedException($"You may not see the pace of the team {team.Name}.");
        }
        var day = PlanCalendar.Check(today, "today") ?? await Today(ct);
        var members = await db.People.AsNoTracking().Where(p => p.IsActive && p.TeamId == team.Id).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Handle, p.Name }).ToListAsync(ct);
        var organization = await OrganizationQueries.LoadAsync(db, ct);
        var window = LastWorkingDays(WorkingCalendar.Of(EffectiveSettings.For(PlanningSettings.None, organization)), day, Math.Clamp(days, 1, MaxHeatmapDays));
        var active = await ActivePlans.LoadAsync(db, plans, organization, window[0], day,
            await ActivePlans.WithAncestorsAsync(db, [team.Id], ct), [.. members.Select(m => m.Id)], ct);
        var handles = members.Select(m => m.Handle).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = active.SelectMany(a => PlanCommitments.Of(a.Document)).Where(c => handles.Contains(c.Person)
            && c.Schedule.Start <= day && c.Schedule.Due >= window[0]).ToList();
        var ids = await ActivityIds.LoadAsync(db, handles, ct);
        var metrics = lines.Select(l => ids.Metric(l.Metric)).OfType<int>().Distinct().ToList();
        // A commitment per week, month or quarter colours its days by its period's standing (CommitmentPeriods.HeatOf),
        // so the read starts at the first period the window touches.
        var readFrom = lines.Where(l => CommitmentPeriods.IsDiscrete(l.Per)).Select(l => CommitmentPeriods.PeriodOf(l.Per, window[0]).First)
            .Append(window[0]).Min();
        var logged = members.Count == 0 || metrics.Count == 0 ? []
            : await activities.DailyQuantitiesAsync(new ActivitySelection([.. members.Select(m => m.Id)], metrics), readFrom, day, ct);
        var targets = new HeatmapTargets(window, day);
        var byPerson = lines.ToLookup(l => l.Person, StringComparer.OrdinalIgnoreCase);
        var rows = members.Select(member =>
        {
            // The member's commitments in plan order, each with its metric's id (null: nothing ever logged under it).
            var own = byPerson[member.Handle].Select(l => (l.Metric, Id: ids.Metric(l.Metric), l.Schedule, l.Per)).ToList();
            decimal Actual(int? metric, DateOnly date) => metric is { } m ? logged.GetValueOrDefault((member.Id, m, date)) : 0m;
            decimal Between(int? metric, DateOnly from, DateOnly to)
            {
                var sum = 0m;
                for (var date = from; date <= to; date = date.AddDays(1))
                {
                    sum += Actual(metric, date);
                }
                return sum;
            }
            // Each period's standing once per commitment, however many of its days the window shows.
            var periods = new Dictionary<(int Line, DateOnly First), (decimal Target, decimal Actual)>();
            var cells = new List<TeamPaceCell>(window.Count);
            for (var i = 0; i < window.Count; i++)
            {
                var due = new List<TeamPaceMetric>(own.Count);
                for (var l = 0; l < own.Count; l++)
                {
                    var line = own[l];
                    if (CommitmentPeriods.IsDiscrete(line.Per))
                    {
                        if (window[i] < line.Schedule.Start || window[i] > line.Schedule.Due)
                        {
                            continue;
                        }
                        var key = (l, CommitmentPeriods.PeriodOf(line.Per, window[i]).First);
                        if (!periods.TryGetValue(key, out var standing))
                        {
                            periods[key] = standing = CommitmentPeriods.HeatOf(line.Schedule, line.Per, window[i], day, (from, to) => Between(line.Id, from, to));
                        }
                        if (standing.Target > 0m)
                        {
                            due.Add(new TeamPaceMetric(line.Metric, Numbers.RoundQuantity(standing.Target), Numbers.RoundQuantity(standing.Actual),
                                CommitmentPeriods.Label(line.Per, window[i], day)));
                        }
                        continue;
                    }
                    var target = targets.OnDay(line.Schedule, i);
                    if (target > 0m)
                    {
                        due.Add(new TeamPaceMetric(line.Metric, Numbers.RoundQuantity(target), Numbers.RoundQuantity(Actual(line.Id, window[i]))));
                    }
                }
                cells.Add(new TeamPaceCell(window[i], Numbers.RoundRatio(Mean(due.Select(d => (d.Actual, d.Target)))), due));
            }
            var overall = own.Select(l => (Actual: window.Sum(date => Actual(l.Id, date)), Target: targets.OverWindow(l.Schedule)));
            return new TeamPaceRow(member.Handle, member.Name, Numbers.RoundRatio(Mean(overall)), cells);
        }).ToList();
        return new TeamPaceDetails(team.Id, team.Name, day, window, rows, [.. active.Select(a => a.Plan.Name)]);
    }

    /// <summary>Mean of actual / target over the items with a target, each capped; null when none has one.</summary>
    private static decimal? Mean(IEnumerable<(decimal Actual, decimal Target)> items)
    {
        // A loop, not Where/Select/Average: a 50-person heatmap takes a thousand of these means.
        // The same sum, in the same order, divided by the same count as Enumerable.Average.
        var sum = 0m;
        var count = 0;
        foreach (var (actual, target) in items)
        {
            if (target > 0m)
            {
                sum += Math.Min(actual / target, AttainmentCap);
                count++;
            }
        }
        return count == 0 ? null : sum / count;
    }

    /// <summary>The last <paramref name="count"/> working days up to <paramref name="today"/>, oldest first (at most a year back).</summary>
    private static List<DateOnly> LastWorkingDays(WorkingCalendar calendar, DateOnly today, int count)
    {
        var days = new List<DateOnly>(count);
        for (var day = today; days.Count < count && day > today.AddYears(-1); day = day.AddDays(-1))
        {
            if (calendar.IsWorkingDay(day))
            {
                days.Add(day);
            }
        }
        if (days.Count == 0)
        {
            days.Add(today);
        }
        days.Reverse();
        return days;
    }

    private Task<DateOnly> Today(CancellationToken ct) => new OrganizationClock(db, clock).ForOrganizationAsync(ct);
}
