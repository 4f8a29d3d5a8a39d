using Gameplan.Core.Data;
using Gameplan.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Data;

/// <summary>
/// A forgotten scope shows nothing, never everything: a context nobody scoped sees no organisation's rows,
/// and seeing every organisation is a mode entered by name, for a block, after which the scope is back.
/// </summary>
public sealed class OrganizationScopeTests
{
    [DbFact]
    public async Task A_context_nobody_scoped_sees_no_organisations_rows()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var setup = await database.MigratedAsync())
        {
            await Seeded.OrganizationAsync(setup, "Acme");
        }

        await using var forgotten = GameplanDatabase.Open(database.Settings);

        Assert.Null(forgotten.OrganizationScope);
        Assert.False(forgotten.AllOrganizations);
        Assert.Empty(await forgotten.Organizations.ToListAsync());
        Assert.Empty(await forgotten.People.ToListAsync());
        Assert.Throws<InvalidOperationException>(() => forgotten.RequireOrganization());
    }

    [DbFact]
    public async Task Across_organisations_sees_every_organisation_for_the_block_and_then_puts_the_scope_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var acme = await Seeded.OrganizationAsync(db, "Acme");
        db.UseAllOrganizations();
        await Seeded.OrganizationAsync(db, "Globex");
        db.OrganizationScope = acme;

        List<string> during;
        using (db.AcrossOrganizations())
        {
            during = await db.Organizations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
            Assert.Null(db.OrganizationScope);
        }
        var after = await db.Organizations.Select(o => o.Name).ToListAsync();

        Assert.Equal(["Acme", "Globex"], during);
        Assert.Equal(["Acme"], after);
        Assert.Equal(acme, db.OrganizationScope);
        Assert.False(db.AllOrganizations);
    }

    [DbFact]
    public async Task Naming_an_organisation_ends_the_whole_database_mode()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var acme = await Seeded.OrganizationAsync(db, "Acme");
        db.UseAllOrganizations();
        await Seeded.OrganizationAsync(db, "Globex");

        db.OrganizationScope = acme;

        Assert.False(db.AllOrganizations);
        Assert.Equal(["Acme"], await db.Organizations.Select(o => o.Name).ToListAsync());
    }
}
