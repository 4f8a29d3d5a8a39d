using Gameplan.Core.Activities.Import;
using Gameplan.Core.Data;
using Gameplan.Core.Tests.Support;
using Gameplan.Domain.Access;
using Gameplan.Domain.People;
using Gameplan.Domain.Teams;
using Microsoft.EntityFrameworkCore;

namespace Gameplan.Core.Tests.Activities.Import;

/// <summary>An import made by someone (the web) names only people they may log for; the command line names anyone.</summary>
public sealed class ActivityImportAccessTests
{
    private const string File = """
        date,person,metric,quantity,external_id
        2027-01-04,ana,calls,3,r1
        2027-01-04,ben,calls,2,r2
        2027-01-04,zoe,calls,1,r3
        """;

    [DbFact]
    public async Task A_rep_imports_only_their_own_rows_and_the_others_are_invalid_in_the_person_column()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ArrangeAsync(db);

        var summary = await Import(db).ImportCsvAsync(CsvText.Utf8(File), Options(await Seeded.ActorAsync(db, "ana"), skipInvalid: true));

        Assert.Equal(1, summary.Imported);
        Assert.Equal([(3L, "person"), (4L, "person")], summary.Invalid.Select(e => (e.Line, e.Column)));
        Assert.Contains("you may not log activities for 'ben'", summary.Invalid[0].Reason, StringComparison.Ordinal);
        Assert.Equal(["2027-01-04 ana calls 3"], await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task A_manager_imports_for_the_team_they_lead_but_not_for_another_team_and_by_default_stores_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ArrangeAsync(db);
        var dana = await Seeded.ActorAsync(db, "dana");

        var preview = await new ActivityImportQueries(db, Seeded.Clock).PreviewCsvAsync(CsvText.Utf8(File), Options(dana, skipInvalid: false));
        var allOrNothing = await Import(db).ImportCsvAsync(CsvText.Utf8(File), Options(dana, skipInvalid: false));

        Assert.Equal(["ana", "ben"], preview.Rows.Select(r => r.Person));
        var refused = Assert.Single(preview.Invalid);
        Assert.Equal((4L, "person"), (refused.Line, refused.Column));
        Assert.Equal((0, 1), (allOrNothing.Imported, allOrNothing.InvalidRows));
        Assert.Empty(await ImportArrangement.StoredAsync(db));
    }

    [DbFact]
    public async Task Without_an_importer_the_command_line_names_anyone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.MigratedAsync();
        await ArrangeAsync(db);

        var summary = await Import(db).ImportCsvAsync(CsvText.Utf8(File), Options(null, skipInvalid: false));

        Assert.Equal((3, 0), (summary.Imported, summary.InvalidRows));
    }

    /// <summary>The seeded East team (dana manages ana and ben) and zoe, a rep of West.</summary>
    private static async Task ArrangeAsync(GameplanDbContext db)
    {
        var organization = await ImportArrangement.CreateAsync(db);
        var west = new Team(organization, "West");
        db.Teams.Add(west);
        await db.SaveChangesAsync();
        db.People.Add(new Person(organization, "zoe", "Zoe Adams", PersonRole.Rep, west.Id, 40));
        await db.SaveChangesAsync();
    }

    private static ActivityImportCommands Import(GameplanDbContext db) => new(db, Seeded.Clock);

    private static ActivityImportOptions Options(Actor? importer, bool skipInvalid) =>
        new() { Today = ImportArrangement.Today, SkipInvalid = skipInvalid, Importer = importer };

}
