using System.Globalization;
using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Pace;
using Gameplan.Domain;
using Gameplan.Domain.Access;
using Gameplan.Domain.Pace;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Exports;

/// <summary>
/// The CSV downloads (<see cref="CsvText"/>): logged activity by day, a plan's pace and the off-pace list. Each reads
/// exactly what its page or API shows the same person (the same queries, the same access), with handles and names.
/// </summary>
public sealed class CsvExports(GameplanDbContext db, ActivityDaysQueries days, PaceQueries pace, OffPaceQueries offPace)
{
    public static readonly IReadOnlyList<string> ActivityColumns = ["date", "person", "name", "metric", "quantity", "entries"];

    public static readonly IReadOnlyList<string> PaceColumns =
        ["tactic", "metric", "person", "name", "per", "start", "due", "target_to_date", "actual_to_date", "attainment", "status", "projected_total", "target_total"];

    public static readonly IReadOnlyList<string> OffPaceColumns =
        ["plan", "tactic", "action", "metric", "person", "name", "team", "target_to_date", "actual_to_date", "shortfall", "attainment", "status", "projected_total", "target_total", "last_activity", "reasons"];

    /// <summary>Daily sums per person and metric, as <c>GET /api/v1/activities</c> lists them for the actor.</summary>
    public async Task<string> ActivitiesAsync(ActivityDaysQuery query, Actor actor, CancellationToken ct = default)
    {
        var result = await days.ListDaysAsync(query, actor, ct);
        var names = await NamesAsync(result.Days.Select(d => d.Person), ct);
        return CsvText.Write(ActivityColumns, result.Days.Select(d => (IReadOnlyList<string?>)
            [CsvText.Date(d.Date), d.Person, names.GetValueOrDefault(d.Person), d.Metric, CsvText.Number(d.Quantity), d.Entries.ToString(CultureInfo.InvariantCulture)]));
    }

    /// <summary>Each commitment x person of the plan's pace report as of <paramref name="today"/>.</summary>
    public async Task<string> PlanPaceAsync(int planId, DateOnly? today = null, CancellationToken ct = default)
    {
        var report = await pace.GetReportAsync(planId, today, ct);
        var names = await NamesAsync(report.Commitments.Select(c => c.Person), ct);
        return CsvText.Write(PaceColumns, report.Commitments.Select(c => (IReadOnlyList<string?>)
            [c.Tactic, c.Metric, c.Person, names.GetValueOrDefault(c.Person), c.Per, CsvText.Date(c.Start), CsvText.Date(c.Due),
             CsvText.Number(c.TargetToDate), CsvText.Number(c.ActualToDate), CsvText.Number(c.Attainment), Status(c.Status),
             CsvText.Number(c.ProjectedTotal), CsvText.Number(c.TargetTotal)]));
    }

    /// <summary>
    /// The off-pace list the actor's <c>/pace</c> page shows (one team, or their default scope), with the same filter and
    /// order, every page of it.
    /// </summary>
    public async Task<string> OffPaceAsync(Actor actor, OffPaceFilter filter, DateOnly? today = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var list = await offPace.ListOffPaceAsync(actor, filter with { Page = 1, PageSize = null }, today, ct);
        return CsvText.Write(OffPaceColumns, list.Lines.Select(l => (IReadOnlyList<string?>)
            [l.Plan, l.Tactic, l.Action, l.Metric, l.Person, l.Name, l.Team, CsvText.Number(l.TargetToDate), CsvText.Number(l.ActualToDate),
             CsvText.Number(l.Shortfall), CsvText.Number(l.Attainment), Status(l.Status), CsvText.Number(l.ProjectedTotal),
             CsvText.Number(l.TargetTotal), CsvText.Date(l.LastActivity), string.Join("; ", l.Reasons)]));
    }

    /// <summary>A status as the API writes it (<c>on-track</c>, <c>at-risk</c>, <c>off-track</c>, <c>not-started</c>).</summary>
    private static string Status(PaceStatus status) => status switch
    {
        PaceStatus.OnTrack => "on-track",
        PaceStatus.AtRisk => "at-risk",
        PaceStatus.OffTrack => "off-track",
        _ => "not-started",
    };

    private async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> handles, CancellationToken ct)
    {
        var wanted = handles.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return wanted.Count == 0 ? new(StringComparer.OrdinalIgnoreCase)
            : await db.People.AsNoTracking().Where(p => wanted.Contains(p.Handle)).ToDictionaryAsync(p => p.Handle, p => p.Name, StringComparer.OrdinalIgnoreCase, ct);
    }
}
