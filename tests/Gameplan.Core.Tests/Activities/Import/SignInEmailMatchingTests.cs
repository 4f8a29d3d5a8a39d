using Gameplan.Core.Accounts;
using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Activities;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities.Import;

/// <summary>
/// CRM exports name people by the address they sign in with; in a fresh organisation (the demo's,
/// say) nobody has a work e-mail yet, and those rows must still find their person.
/// </summary>
public sealed class SignInEmailMatchingTests
{
    private static readonly ActivityImportOptions Options = new() { Today = ImportArrangement.Today };

    private static readonly ActivityMapping ByEmail = ActivityMappingJson.Parse("""
        { "date": { "column": "day" }, "person": { "column": "owner", "match": "email" }, "metric": { "name": "calls" } }
        """);

    [DbTheory]
    [InlineData("any")]
    [InlineData("email")]
    public async Task A_row_naming_a_sign_in_email_in_any_case_matches_its_person_when_no_work_email_is_set(string match)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ArrangeAsync(db);
        var mapping = match == "any" ? ByEmail with { Person = ByEmail.Person with { Match = PersonMatch.Any } } : ByEmail;
        var csv = CsvText.Lf("day,owner", "2027-01-04,ANA@Login.Example", "2027-01-05, ben@login.example ");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options with { Mapping = mapping });

        Assert.Empty(summary.Invalid);
        Assert.Equal(["2027-01-04 ana calls 1", "2027-01-05 ben calls 1"], await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task A_work_email_and_a_sign_in_email_of_the_same_person_both_match_them()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ArrangeAsync(db);
        (await db.People.SingleAsync(p => p.Handle == "ana")).ChangeEmail("ana.silva@acme.example");
        await db.SaveChangesAsync();
        var csv = CsvText.Lf("day,owner", "2027-01-04,ana.silva@acme.example", "2027-01-05,ana@login.example");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options with { Mapping = ByEmail });

        Assert.Empty(summary.Invalid);
        Assert.Equal(["2027-01-04 ana calls 1", "2027-01-05 ana calls 1"], await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task An_address_that_is_one_persons_work_email_and_anothers_sign_in_email_names_nobody_and_says_why()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ArrangeAsync(db);
        (await db.People.SingleAsync(p => p.Handle == "dana")).ChangeEmail("ben@login.example");
        await db.SaveChangesAsync();
        var csv = CsvText.Lf("day,owner", "2027-01-04,ana@login.example", "2027-01-05,Ben@Login.example");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options with { Mapping = ByEmail });

        var problem = Assert.Single(summary.Invalid);
        Assert.Equal((3L, "owner"), (problem.Line, problem.Column));
        Assert.Equal("'Ben@Login.example' is the work e-mail address of 'dana' and the sign-in e-mail address of 'ben'; use a handle", problem.Reason);
        Assert.Empty(await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task The_sign_in_email_of_someone_in_another_organisation_matches_nobody()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        var acme = await ArrangeAsync(db);
        var rival = await Seeded.OrganizationAsync(db, "Rival");
        db.UseAllOrganizations();
        var zoe = await db.People.SingleAsync(p => p.OrganizationId == rival && p.Handle == "ana");
        db.Users.Add(Account(rival, zoe.Id, "zoe@rival.example"));
        await db.SaveChangesAsync();
        db.OrganizationScope = acme;
        var csv = CsvText.Lf("day,owner", "2027-01-04,zoe@rival.example");

        var summary = await new ActivityImportCommands(db, Seeded.Clock).ImportCsvAsync(csv, Options with { Mapping = ByEmail });

        Assert.Equal("no person has the e-mail address 'zoe@rival.example'", Assert.Single(summary.Invalid).Reason);
        Assert.Empty(await ImportArrangement.StoredAsync(db));
    }

    /// <summary>The seeded organisation with its metrics, no work e-mail set, and accounts for ana and ben.</summary>
    private static async Task<int> ArrangeAsync(GameplanDbContext db)
    {
        var organization = await Seeded.OrganizationAsync(db);
        db.Metrics.Add(new Metric(organization, "calls", "count"));
        foreach (var person in await db.People.Where(p => p.Handle != "dana").ToListAsync())
        {
            db.Users.Add(Account(organization, person.Id, $"{person.Handle}@login.example"));
        }
        await db.SaveChangesAsync();
        return organization;
    }

    private static UserAccount Account(int organization, int person, string email) => new()
    {
        OrganizationId = organization,
        PersonId = person,
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString("N"),
    };
}
