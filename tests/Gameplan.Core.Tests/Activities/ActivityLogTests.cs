using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities;

public sealed class ActivityLogTests
{
    [DbFact]
    public async Task Logged_activities_keep_their_day_and_quantity_and_an_external_id_counts_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        var ana = await db.People.SingleAsync(p => p.Handle == "ana");
        var calls = new Metric(organization, "calls", "count");
        db.Metrics.Add(calls);
        await db.SaveChangesAsync();
        db.Activities.Add(new ActivityEntry(organization, ana.Id, calls.Id, new DateOnly(2028, 2, 29), 12.5m, "crm-1"));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var saved = await db.Activities.SingleAsync(a => a.Date == new DateOnly(2028, 2, 29));
        db.Activities.Add(new ActivityEntry(organization, ana.Id, calls.Id, new DateOnly(2028, 3, 1), 1, "crm-1"));

        Assert.Equal((12.5m, "crm-1"), (saved.Quantity, saved.ExternalId));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [DbFact]
    public async Task An_activity_cannot_name_a_person_of_another_organisation()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var theirs = await Seeded.OrganizationAsync(db, "Rival Inc");
        db.UseAllOrganizations();
        var mine = await Seeded.OrganizationAsync(db, "Acme");
        db.UseAllOrganizations();
        var foreigner = await db.People.FirstAsync(p => p.OrganizationId == theirs);
        var calls = new Metric(mine, "calls", "count");
        db.Metrics.Add(calls);
        await db.SaveChangesAsync();

        db.Activities.Add(new ActivityEntry(mine, foreigner.Id, calls.Id, new DateOnly(2027, 1, 4), 1));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
