using Gameplan.Core.Activities.Import;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities.Import;

public sealed class ActivityMappingStoreTests
{
    private const string Calls = """
        { "date": { "column": "Day" }, "person": { "column": "Owner", "match": "email" }, "metric": { "name": "calls" } }
        """;

    private const string Meetings = """
        { "date": { "column": "When" }, "person": { "column": "Owner" }, "metric": { "name": "meeting_minutes" } }
        """;

    [DbFact]
    public async Task A_saved_mapping_is_listed_and_read_back_by_name_ignoring_case()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var saved = await new ActivityMappingCommands(db, Seeded.Clock).SaveAsync(" CRM calls ", Calls);

        Assert.Equal(("CRM calls", Seeded.Clock.GetUtcNow()), (saved.Name, saved.UpdatedAt));
        var queries = new ActivityMappingQueries(db);
        Assert.Equal(["CRM calls"], (await queries.ListAsync()).Select(m => m.Name));
        var mapping = await queries.GetAsync("crm CALLS");
        Assert.NotNull(mapping);
        Assert.Equal(("Day", "calls"), (mapping.Date.Column, mapping.Metric.Name));
        Assert.Null(await queries.GetAsync("crm"));
    }

    [DbFact]
    public async Task Saving_under_a_name_that_exists_in_another_case_replaces_that_mapping()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new ActivityMappingCommands(db, Seeded.Clock);
        await commands.SaveAsync("crm", Calls);

        await commands.SaveAsync("CRM", Meetings);

        db.ChangeTracker.Clear();
        var listed = Assert.Single(await new ActivityMappingQueries(db).ListAsync());
        Assert.Equal(("CRM", Meetings), (listed.Name, listed.Definition));
        Assert.Equal("meeting_minutes", (await new ActivityMappingQueries(db).GetAsync("crm"))!.Metric.Name);
    }

    [DbFact]
    public async Task The_database_refuses_a_second_mapping_whose_name_differs_only_in_case()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var organization = await Seeded.OrganizationAsync(db);
        db.ImportMappings.Add(new Domain.Activities.ActivityImportMapping(organization, "crm", Calls, Seeded.Clock.GetUtcNow()));
        await db.SaveChangesAsync();

        db.ImportMappings.Add(new Domain.Activities.ActivityImportMapping(organization, "CRM", Meetings, Seeded.Clock.GetUtcNow()));

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [DbFact]
    public async Task Another_organisation_neither_sees_nor_deletes_the_mapping_and_may_save_its_own_of_the_same_name()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var acme = await Seeded.OrganizationAsync(db);
        await new ActivityMappingCommands(db, Seeded.Clock).SaveAsync("crm", Calls);
        var globex = await Seeded.OrganizationAsync(db, "Globex");
        db.OrganizationScope = globex;
        db.ChangeTracker.Clear();

        Assert.Empty(await new ActivityMappingQueries(db).ListAsync());
        Assert.Null(await new ActivityMappingQueries(db).GetAsync("crm"));
        await Assert.ThrowsAsync<NotFoundException>(() => new ActivityMappingCommands(db, Seeded.Clock).DeleteAsync("crm"));
        await new ActivityMappingCommands(db, Seeded.Clock).SaveAsync("crm", Meetings);

        db.OrganizationScope = acme;
        db.ChangeTracker.Clear();
        Assert.Equal(Calls, Assert.Single(await new ActivityMappingQueries(db).ListAsync()).Definition);
    }

    [DbFact]
    public async Task A_deleted_mapping_is_gone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);
        var commands = new ActivityMappingCommands(db, Seeded.Clock);
        await commands.SaveAsync("crm", Calls);

        await commands.DeleteAsync("CRM");

        Assert.Empty(await new ActivityMappingQueries(db).ListAsync());
    }

    [DbTheory]
    [InlineData("""{ "date": { "column": "Day" }, "person": { "column": "Owner" } """, "The mapping is not valid")]
    [InlineData("""{ "date": { "colum": "Day" }, "person": { "column": "Owner" }, "metric": { "name": "calls" } }""", "colum")]
    [InlineData("""{ "date": { "column": "Day", "format": "HH:mm" }, "person": { "column": "Owner" }, "metric": { "name": "calls" } }""", "date.format")]
    public async Task A_definition_that_does_not_parse_is_refused_naming_the_field_and_nothing_is_saved(string json, string named)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => new ActivityMappingCommands(db, Seeded.Clock).SaveAsync("crm", json));

        Assert.Contains(named, refused.Message, StringComparison.Ordinal);
        Assert.Equal("definition", refused.Field);
        Assert.Empty(await new ActivityMappingQueries(db).ListAsync());
    }

    [DbTheory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_mapping_needs_a_name(string name)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => new ActivityMappingCommands(db, Seeded.Clock).SaveAsync(name, Calls));

        Assert.Equal("name", refused.Field);
    }

    [DbFact]
    public async Task A_name_longer_than_100_characters_is_refused()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await Seeded.OrganizationAsync(db);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => new ActivityMappingCommands(db, Seeded.Clock).SaveAsync(new string('m', 101), Calls));

        Assert.Equal("The name is longer than 100 characters.", refused.Message);
    }
}
