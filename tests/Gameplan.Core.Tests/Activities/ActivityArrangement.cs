using Gameplan.Core.Activities;
using Gameplan.Core.Data;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities;

/// <summary>The seeded organisation (dana, ana, ben) with the metrics calls and demos, ready to log activities.</summary>
internal sealed record ActivityArrangement(int Organization, int Ana, int Ben, int Calls, int Demos)
{
    public static async Task<ActivityArrangement> CreateAsync(GameplanDbContext db, string organization = "Acme Field Sales")
    {
        var id = await Seeded.OrganizationAsync(db, organization);
        db.OrganizationScope = id;
        var calls = new Metric(id, "calls", "count");
        var demos = new Metric(id, "demos", "count");
        db.Metrics.AddRange(calls, demos);
        await db.SaveChangesAsync();
        var people = await db.People.ToDictionaryAsync(p => p.Handle, p => p.Id);
        return new ActivityArrangement(id, people["ana"], people["ben"], calls.Id, demos.Id);
    }

    /// <summary>PostgreSQL merges staged rows into the log every this many (the product: a million), so tests of a few tens of thousands of rows cross merges.</summary>
    public const int RowsPerMerge = 50_000;

    /// <summary>Writes the rows in one committed write.</summary>
    public static async Task<ActivityWriteResult> WriteAsync(GameplanDbContext db, IEnumerable<NewActivity> rows)
    {
        await using var writer = await ActivityWriter.BeginAsync(db, RowsPerMerge, default);
        foreach (var row in rows)
        {
            await writer.AddAsync(row, default);
        }
        return await writer.CommitAsync(default);
    }

    /// <summary>Sums of the raw log and of each aggregate, per person x metric x day and x month, as comparable text.</summary>
    public static async Task<(string RawDays, string Days, string RawMonths, string Months)> SumsAsync(GameplanDbContext db)
    {
        db.ChangeTracker.Clear();
        var raw = await db.Activities.ToListAsync();
        var days = await db.ActivityDays.ToListAsync();
        var months = await db.ActivityMonths.ToListAsync();
        static string Lines(IEnumerable<(int P, int M, DateOnly D, decimal Q, int N)> rows) =>
            string.Join("\n", rows.OrderBy(r => (r.P, r.M, r.D)).Select(r => $"{r.P}/{r.M}/{r.D:yyyy-MM-dd}: {r.Q:0.######} in {r.N}"));
        return (
            Lines(raw.GroupBy(a => (a.PersonId, a.MetricId, a.Date)).Select(g => (g.Key.PersonId, g.Key.MetricId, g.Key.Date, g.Sum(a => a.Quantity), g.Count()))),
            Lines(days.Select(d => (d.PersonId, d.MetricId, d.Date, d.Quantity, d.Entries))),
            Lines(raw.GroupBy(a => (a.PersonId, a.MetricId, new DateOnly(a.Date.Year, a.Date.Month, 1))).Select(g => (g.Key.PersonId, g.Key.MetricId, g.Key.Item3, g.Sum(a => a.Quantity), g.Count()))),
            Lines(months.Select(m => (m.PersonId, m.MetricId, m.Month, m.Quantity, m.Entries))));
    }
}
