using Gameplan.Core.Data;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities.Import;

/// <summary>The seeded organisation (dana, ana, ben; ana and ben with work e-mail addresses) and three metrics.</summary>
internal static class ImportArrangement
{
    public static readonly DateOnly Today = new(2027, 3, 15);

    public static async Task<int> CreateAsync(GameplanDbContext db, string organization = "Acme Field Sales")
    {
        var id = await Seeded.OrganizationAsync(db, organization);
        db.OrganizationScope = id;
        db.Metrics.AddRange(new Metric(id, "calls", "count"), new Metric(id, "demos", "count"), new Metric(id, "meeting_minutes", "minutes"));
        foreach (var person in await db.People.Where(p => p.Handle != "dana").ToListAsync())
        {
            person.ChangeEmail($"{person.Handle}@acme.example");
        }
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>The stored log as comparable lines, in day order.</summary>
    public static async Task<string[]> StoredAsync(GameplanDbContext db)
    {
        db.ChangeTracker.Clear();
        var people = await db.People.ToDictionaryAsync(p => p.Id, p => p.Handle);
        var metrics = await db.Metrics.ToDictionaryAsync(m => m.Id, m => m.Name);
        var rows = await db.Activities.ToListAsync();
        return [.. rows.OrderBy(a => (a.Date, people[a.PersonId], metrics[a.MetricId], a.Quantity))
            .Select(a => $"{a.Date:yyyy-MM-dd} {people[a.PersonId]} {metrics[a.MetricId]} {a.Quantity:0.##}")];
    }
}
