using Gameplan.Core.Activities;
using Gameplan.Core.Organizations;
using Gameplan.Domain.Access;
using Gameplan.Domain.Organizations;
using Gameplan.Domain.Pace;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Pace;

// The team heatmap: person x day attainment over the team's last working days.
public sealed partial class PaceQueries
{
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
        var day = today ?? Today();
        var members = await db.People.AsNoTracking().Where(p => p.IsActive && p.TeamId == team.Id).OrderBy(p => p.Name)
            .Select(p => new { p.Id, p.Handle, p.Name }).ToListAsync(ct);
        var organization = (await OrganizationQueries.LoadAsync(db, ct)).Settings;
        var window = LastWorkingDays(WorkingCalendar.Of(EffectiveSettings.For(PlanningSettings.None, organization)), day, Math.Clamp(days, 1, MaxHeatmapDays));
        var active = await ActivePlans.LoadAsync(db, plans, organization, window[0], day,
            await ActivePlans.WithAncestorsAsync(db, [team.Id], ct), [.. members.Select(m => m.Id)], ct);
        var handles = members.Select(m => m.Handle).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lines = active.SelectMany(a => Commitments(a.Document)).Where(c => handles.Contains(c.Person)
            && c.Schedule.Start <= day && c.Schedule.Due >= window[0]).ToList();
        var ids = await ActivityIds.LoadAsync(db, handles, ct);
        var metrics = lines.Select(l => ids.Metric(l.Metric)).OfType<int>().Distinct().ToList();
        var logged = members.Count == 0 || metrics.Count == 0 ? []
            : (await activities.DailyAsync(new ActivitySelection([.. members.Select(m => m.Id)], metrics), window[0], day, ct))
                .ToDictionary(d => (d.PersonId, d.MetricId, d.Date), d => d.Quantity);
        var rows = members.Select(member =>
        {
            var own = lines.Where(l => string.Equals(l.Person, member.Handle, StringComparison.OrdinalIgnoreCase)).ToList();
            decimal Actual(string metric, DateOnly date) => ids.Metric(metric) is { } m ? logged.GetValueOrDefault((member.Id, m, date)) : 0m;
            var cells = window.Select(date =>
            {
                var due = own.Select(l => (l.Metric, Target: l.Schedule.TargetThrough(date) - l.Schedule.TargetThrough(date.AddDays(-1))))
                    .Where(d => d.Target > 0m).Select(d => new TeamPaceMetric(d.Metric, PaceNumbers.Quantity(d.Target), PaceNumbers.Quantity(Actual(d.Metric, date)))).ToList();
                return new TeamPaceCell(date, PaceNumbers.Ratio(Mean(due.Select(d => (d.Actual, d.Target)))), due);
            }).ToList();
            var overall = own.Select(l => (
                Actual: window.Sum(date => Actual(l.Metric, date)),
                Target: l.Schedule.TargetThrough(day) - l.Schedule.TargetThrough(window[0].AddDays(-1))));
            return new TeamPaceRow(member.Handle, member.Name, PaceNumbers.Ratio(Mean(overall)), cells);
        }).ToList();
        return new TeamPaceDetails(team.Id, team.Name, day, window, rows, [.. active.Select(a => a.Plan.Name)]);
    }

    /// <summary>Mean of actual / target over the items with a target, each capped; null when none has one.</summary>
    private static decimal? Mean(IEnumerable<(decimal Actual, decimal Target)> items)
    {
        var ratios = items.Where(i => i.Target > 0m).Select(i => Math.Min(i.Actual / i.Target, AttainmentCap)).ToList();
        return ratios.Count == 0 ? null : ratios.Average();
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
}
