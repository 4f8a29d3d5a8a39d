using Gameplan.Core.Data;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Activities;

/// <summary>
/// Reads activity for the organisation in scope from the day and month aggregates only, never the
/// raw log: a year for one person and metric is at most twelve month rows plus the days of the two
/// partial months at either end. Every range is inclusive at both ends.
/// </summary>
public sealed class ActivityQueries(GameplanDbContext db)
{
    /// <summary>Sum per person x metric over [<paramref name="from"/>, <paramref name="to"/>]; pairs with nothing logged are absent.</summary>
    public async Task<IReadOnlyList<ActivityTotalSummary>> TotalsAsync(ActivitySelection selection, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        if (to < from)
        {
            return [];
        }
        // One statement: the month rows of the whole months and the day rows of the partial months,
        // summed per person x metric in the database, one row per pair out (an organisation's year is
        // 50,000 rows, not 100,000). Each part is summed first, in its primary key's order; summing the
        // united raw rows instead would sort all of them (1.35M rows at 12.5M activities, twice the time).
        var split = MonthSplit.Of(from, to);
        IQueryable<TotalPart>? parts = null;
        if (split.WholeMonths is { } months)
        {
            parts = Months(selection).Where(m => m.Month >= months.First && m.Month <= months.Last)
                .GroupBy(m => new { m.PersonId, m.MetricId })
                .Select(g => new TotalPart { PersonId = g.Key.PersonId, MetricId = g.Key.MetricId, Quantity = g.Sum(m => m.Quantity), Entries = g.Sum(m => m.Entries) });
        }
        foreach (var (first, last) in split.PartialDays)
        {
            var days = Days(selection).Where(d => d.Date >= first && d.Date <= last)
                .GroupBy(d => new { d.PersonId, d.MetricId })
                .Select(g => new TotalPart { PersonId = g.Key.PersonId, MetricId = g.Key.MetricId, Quantity = g.Sum(d => d.Quantity), Entries = g.Sum(d => d.Entries) });
            parts = parts is null ? days : parts.Concat(days);
        }
        return await parts!.GroupBy(p => new { p.PersonId, p.MetricId })
            .OrderBy(g => g.Key.PersonId).ThenBy(g => g.Key.MetricId)
            .Select(g => new ActivityTotalSummary(g.Key.PersonId, g.Key.MetricId, g.Sum(p => p.Quantity), g.Sum(p => p.Entries)))
            .ToListAsync(ct);
    }

    /// <summary>One person x metric's sum over the whole months or over a partial month, as the totals' statement unites them.</summary>
    private sealed class TotalPart
    {
        public int PersonId { get; init; }

        public int MetricId { get; init; }

        public decimal Quantity { get; init; }

        public int Entries { get; init; }
    }

    /// <summary>Each day with activity per person x metric, in date order (burn-up charts, the person x day heatmap).</summary>
    public async Task<IReadOnlyList<ActivityDaySummary>> DailyAsync(ActivitySelection selection, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        return await Days(selection).Where(d => d.Date >= from && d.Date <= to)
            .OrderBy(d => d.PersonId).ThenBy(d => d.MetricId).ThenBy(d => d.Date)
            .Select(d => new ActivityDaySummary(d.PersonId, d.MetricId, d.Date, d.Quantity, d.Entries))
            .ToListAsync(ct);
    }

    /// <summary>
    /// The quantity of each day with activity per person x metric, keyed for lookups (the team
    /// heatmap): only the three key columns and the quantity are read, as that read is most of the page's cost.
    /// </summary>
    internal async Task<Dictionary<(int PersonId, int MetricId, DateOnly Date), decimal>> DailyQuantitiesAsync(
        ActivitySelection selection, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var days = new Dictionary<(int, int, DateOnly), decimal>();
        await foreach (var d in Days(selection).Where(d => d.Date >= from && d.Date <= to)
            .Select(d => new { d.PersonId, d.MetricId, d.Date, d.Quantity }).AsAsyncEnumerable().WithCancellation(ct))
        {
            days[(d.PersonId, d.MetricId, d.Date)] = d.Quantity;
        }
        return days;
    }

    /// <summary>
    /// The last day on or before <paramref name="onOrBefore"/> with a positive quantity, per person x metric.
    /// The month roll-up finds the month, so only that month's days are read.
    /// </summary>
    public async Task<IReadOnlyList<LastActivitySummary>> LastDaysAsync(ActivitySelection selection, DateOnly onOrBefore, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var thisMonth = new DateOnly(onOrBefore.Year, onOrBefore.Month, 1);
        var found = await LastDaysBetweenAsync(selection, thisMonth, onOrBefore, ct);
        var earlier = await Months(selection).Where(m => m.Month < thisMonth && m.Quantity > 0)
            .GroupBy(m => new { m.PersonId, m.MetricId })
            .Select(g => new { g.Key.PersonId, g.Key.MetricId, Month = g.Max(m => m.Month) })
            .ToListAsync(ct);
        var known = found.Select(f => (f.PersonId, f.MetricId)).ToHashSet();
        foreach (var month in earlier.Where(e => !known.Contains((e.PersonId, e.MetricId))).GroupBy(e => e.Month))
        {
            var pairs = month.Select(e => (e.PersonId, e.MetricId)).ToHashSet();
            var narrowed = new ActivitySelection(pairs.Select(p => p.PersonId).Distinct().ToList(), pairs.Select(p => p.MetricId).Distinct().ToList());
            found.AddRange((await LastDaysBetweenAsync(narrowed, month.Key, month.Key.AddMonths(1).AddDays(-1), ct))
                .Where(f => pairs.Contains((f.PersonId, f.MetricId))));
        }
        return found.OrderBy(f => f.PersonId).ThenBy(f => f.MetricId).ToList();
    }

    private async Task<List<LastActivitySummary>> LastDaysBetweenAsync(ActivitySelection selection, DateOnly first, DateOnly last, CancellationToken ct) =>
        await Days(selection).Where(d => d.Date >= first && d.Date <= last && d.Quantity > 0)
            .GroupBy(d => new { d.PersonId, d.MetricId })
            .Select(g => new LastActivitySummary(g.Key.PersonId, g.Key.MetricId, g.Max(d => d.Date)))
            .ToListAsync(ct);

    /// <summary>
    /// The organisation's day rows of the selection, read by seeks on the primary key
    /// (OrganizationId, PersonId, MetricId, Date): the explicit organisation term sits beside the
    /// tenancy filter, whose "scope IS NULL OR ..." form SQLite cannot use for an index; a selection
    /// without people or metrics names them by subquery (the organisation's people, its metrics),
    /// so a date range is still a seek per person x metric, never a scan of the organisation's rows.
    /// </summary>
    private IQueryable<ActivityDayTotal> Days(ActivitySelection selection)
    {
        var organization = db.RequireOrganization();
        var days = db.ActivityDays.AsNoTracking().Where(d => d.OrganizationId == organization);
        days = selection.People is { } people
            ? days.Where(d => people.Contains(d.PersonId))
            : days.Where(d => db.People.Select(p => p.Id).Contains(d.PersonId));
        return selection.Metrics is { } metrics
            ? days.Where(d => metrics.Contains(d.MetricId))
            : days.Where(d => db.Metrics.Select(m => m.Id).Contains(d.MetricId));
    }

    /// <summary>The organisation's month rows of the selection, read as <see cref="Days"/> are.</summary>
    private IQueryable<ActivityMonthTotal> Months(ActivitySelection selection)
    {
        var organization = db.RequireOrganization();
        var months = db.ActivityMonths.AsNoTracking().Where(m => m.OrganizationId == organization);
        months = selection.People is { } people
            ? months.Where(m => people.Contains(m.PersonId))
            : months.Where(m => db.People.Select(p => p.Id).Contains(m.PersonId));
        return selection.Metrics is { } metrics
            ? months.Where(m => metrics.Contains(m.MetricId))
            : months.Where(m => db.Metrics.Select(x => x.Id).Contains(m.MetricId));
    }
}
